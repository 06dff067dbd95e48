package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.util.List;

/** An envelope with the decisions charged to it, oldest vote first. */
public record EnvelopeDetail(int year, BigDecimal amount, BigDecimal committed, BigDecimal paid,
                             BigDecimal remaining, List<SubsidySummary> decisions) {

    public static EnvelopeDetail of(Envelope envelope, List<SubsidySummary> decisions) {
        return new EnvelopeDetail(envelope.year(), envelope.amount(), envelope.committed(), envelope.paid(),
                envelope.remaining(), List.copyOf(decisions));
    }
}
