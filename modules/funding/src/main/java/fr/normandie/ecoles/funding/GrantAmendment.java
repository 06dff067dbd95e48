package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An avenant as recorded: its number, its vote, the yearly amounts before and after it (from the first year). */
public record GrantAmendment(int number, LocalDate votedOn, String deliberation, String reason,
                             List<BigDecimal> before, List<BigDecimal> after, String recordedBy, Instant recordedAt) {
}
