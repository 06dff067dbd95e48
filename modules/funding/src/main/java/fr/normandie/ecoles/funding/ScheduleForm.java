package fr.normandie.ecoles.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A subsidy's payment schedule, replacing the one it had: an advance, instalments, then the balance. */
public record ScheduleForm(
        @NotEmpty(message = "L'échéancier compte au moins une échéance, le solde.")
        @Size(max = 24, message = "Vingt-quatre échéances au plus.")
        List<@Valid @NotNull(message = "Une échéance ne peut pas être vide.")
             ScheduleLineForm> lines) {
}
