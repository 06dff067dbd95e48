package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The school's report on the use of the grant (compte rendu financier, arrêté du 11 octobre 2006): when it was
 * received, what the school spent on the grant's object, whether the funding officer finds the grant justified.
 */
public record UseReportForm(
        @NotNull(message = "La date de réception du compte rendu financier est obligatoire.")
        @PastOrPresent(message = "La date de réception ne peut pas être dans le futur.")
        LocalDate receivedOn,
        @NotNull(message = "Les dépenses réalisées sont obligatoires.")
        @Amount
        BigDecimal spent,
        @NotNull(message = "Indiquez si le compte rendu justifie la subvention.")
        Boolean justified,
        @Size(max = 2000, message = "Le résumé ne doit pas dépasser 2000 caractères.")
        String summary) {
}
