package fr.normandie.ecoles.audits;

import java.time.Instant;
import java.time.LocalDate;

/** A label decision recorded outside an audit: which, on which day, why, by whom and when. */
public record LabelDecision(LabelDecisionKind kind, LocalDate decidedOn, String reason, String recordedBy,
                            Instant recordedAt) {
}
