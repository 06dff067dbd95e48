package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One planned payment of a subsidy: its kind, amount (euros), planned date and the condition that releases it. */
public record ScheduleLineForm(
        @NotNull(message = "La nature de l'échéance (ADVANCE, INSTALMENT ou BALANCE) est obligatoire.")
        PaymentKind kind,
        @NotNull(message = "Le montant de l'échéance est obligatoire.")
        @Positive(message = "Le montant d'une échéance doit être positif.")
        @Amount
        BigDecimal amount,
        @NotNull(message = "La date prévue de l'échéance est obligatoire.")
        LocalDate dueOn,
        @Size(max = 500, message = "La condition de versement ne doit pas dépasser 500 caractères.")
        String condition) {
}
