package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A school's request for a grant: which open school, what for, from which budget year and how much each year
 * (one amount for a yearly grant, two to five for a multi-year agreement), with the school's budget for that
 * use: its expenses and what pays for them beside the Region (workshop sales, other funders, the taxe
 * d'apprentissage). The Region's request can never exceed the expenses.
 */
public record GrantRequestForm(
        @NotNull(message = "L'école est obligatoire.")
        UUID school,
        @NotNull(message = "La nature de la subvention est obligatoire (fonctionnement ou investissement).")
        GrantKind kind,
        @NotNull(message = "La première année budgétaire est obligatoire.")
        @Min(value = 2000, message = "L'année budgétaire doit être comprise entre 2000 et 2100.")
        @Max(value = 2100, message = "L'année budgétaire doit être comprise entre 2000 et 2100.")
        Integer firstYear,
        @NotEmpty(message = "Indiquez le montant demandé pour chaque année (une année, ou deux à cinq pour une convention pluriannuelle).")
        @Size(max = 5, message = "Une convention pluriannuelle porte sur cinq ans au plus.")
        List<@NotNull(message = "Le montant de chaque année est obligatoire.") @Amount BigDecimal> amounts,
        @NotNull(message = "Les dépenses prévues sont obligatoires.")
        @Amount
        BigDecimal expenses,
        @Amount BigDecimal workshopSales,
        @Amount BigDecimal otherFunders,
        @Amount BigDecimal apprenticeshipTax,
        @Size(max = 2000, message = "L'objet ne doit pas dépasser 2000 caractères.")
        String purpose) {

    public GrantRequestForm {
        amounts = amounts == null ? List.of() : amounts;
    }
}
