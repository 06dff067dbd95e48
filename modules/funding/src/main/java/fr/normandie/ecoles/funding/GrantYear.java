package fr.normandie.ecoles.funding;

import java.math.BigDecimal;

/** One budget year of a grant: what was requested, proposed by the instruction, granted (as amended), paid. */
public record GrantYear(int year, BigDecimal requested, BigDecimal proposed, BigDecimal granted, BigDecimal paid) {
}
