package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recovery order (titre de recette) against a commitment: the amount paid and not justified, why, when
 * it was issued and, once the carrier has paid it back, when it was collected (null until then).
 */
public record RecoveryOrder(String id, String commitmentId, UUID grant, String projectId, UUID schoolId,
                            String beneficiary, BudgetKind kind, BigDecimal amount, String reason,
                            LocalDate issuedOn, String issuedBy, LocalDate collectedOn, String collectedBy) {

    /** Whether the money is still to be collected. */
    public boolean outstanding() {
        return collectedOn == null;
    }
}
