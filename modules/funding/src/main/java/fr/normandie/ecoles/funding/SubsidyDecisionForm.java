package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * The regional subsidy step: the decision, the amounts granted in euros (investment, operation) and the
 * standing committee's deliberation that voted it.
 */
public record SubsidyDecisionForm(
        @NotNull(message = "La décision est obligatoire.")
        SubsidyDecision decision,
        @NotNull(message = "Le montant d'investissement accordé est obligatoire (0 si aucun).")
        @PositiveOrZero(message = "Le montant d'investissement ne peut pas être négatif.")
        @DecimalMax(value = "100000000", message = "Le montant d'investissement dépasse 100 000 000 €.")
        @Digits(integer = 9, fraction = 2, message = "Montant en euros, deux décimales au plus.")
        BigDecimal investmentGranted,
        @NotNull(message = "Le montant de fonctionnement accordé est obligatoire (0 si aucun).")
        @PositiveOrZero(message = "Le montant de fonctionnement ne peut pas être négatif.")
        @DecimalMax(value = "100000000", message = "Le montant de fonctionnement dépasse 100 000 000 €.")
        @Digits(integer = 9, fraction = 2, message = "Montant en euros, deux décimales au plus.")
        BigDecimal operatingGranted,
        @Size(max = 100, message = "Le numéro de délibération ne doit pas dépasser 100 caractères.")
        String deliberation) {

    /** A grant is voted by the standing committee: its deliberation number is part of it. */
    @AssertTrue(message = "Une subvention accordée doit citer la délibération de la Commission permanente.")
    public boolean isDeliberation() {
        return decision != SubsidyDecision.GRANTED || (deliberation != null && !deliberation.isBlank());
    }

    /** A grant grants something; a refusal grants nothing. */
    @AssertTrue(message = "Une subvention accordée porte sur un montant ; un refus n'en accorde aucun.")
    public boolean isGrantedAmounts() {
        if (decision == null || investmentGranted == null || operatingGranted == null) {
            return true;
        }
        BigDecimal total = investmentGranted.add(operatingGranted);
        return decision == SubsidyDecision.GRANTED ? total.signum() > 0 : total.signum() == 0;
    }
}
