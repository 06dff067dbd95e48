package fr.normandie.ecoles.audits;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

/** The day the FNEP last granted its label to a school older than the software. */
public record HistoricalLabelForm(
        @NotNull(message = "La date de labellisation est obligatoire.")
        @PastOrPresent(message = "La date de labellisation ne peut pas être à venir.")
        LocalDate labelledOn) {
}
