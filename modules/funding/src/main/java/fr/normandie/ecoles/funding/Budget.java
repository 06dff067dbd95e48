package fr.normandie.ecoles.funding;

import java.math.BigDecimal;

/**
 * One year's budget of one kind, in euros. Commitment authorisations (AE) are consumed by the
 * commitments voted that year, net of what was released from them; payment credits (CP) by the payments
 * made that year, whatever the year of the commitment they pay.
 *
 * @param commitmentAuthorisations the AE set by the administrator
 * @param committed                what commitments of the year hold, releases deducted
 * @param toCommit                 AE left to commit
 * @param paymentCredits           the CP set by the administrator
 * @param paid                     what payments dated in the year consumed
 * @param toPay                    CP left to pay with
 */
public record Budget(int year, BudgetKind kind, BigDecimal commitmentAuthorisations, BigDecimal committed,
                     BigDecimal toCommit, BigDecimal paymentCredits, BigDecimal paid, BigDecimal toPay) {
}
