package fr.normandie.ecoles.funding;

import java.math.BigDecimal;

/**
 * The Region's operating aid paid during a school year (from 1 September of {@code schoolYear} to 31 August
 * after) divided by that year's pupils, for a school or a department ({@code schoolId} null); the
 * investment paid in the same months is shown apart, never divided by pupils. {@code perPupil} is null
 * without pupils.
 */
public record AidPerPupil(int schoolYear, String schoolId, String name, String departmentCode,
                          BigDecimal operatingPaid, long pupils, BigDecimal perPupil, BigDecimal investmentPaid) {
}
