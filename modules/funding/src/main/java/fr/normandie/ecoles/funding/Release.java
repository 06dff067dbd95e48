package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A release (désengagement): what was left unpaid of a commitment went back to the commitment
 * authorisations of the commitment's own year, recorded with who, when and why.
 */
public record Release(String id, String commitmentId, int year, BudgetKind kind, BigDecimal amount,
                      ReleaseReason reason, String explanation, String releasedBy, Instant releasedAt) {
}
