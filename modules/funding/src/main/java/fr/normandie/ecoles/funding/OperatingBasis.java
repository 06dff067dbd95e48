package fr.normandie.ecoles.funding;

/**
 * How the Region's operating aid is capped: a share of the school's operating budget, or an amount
 * per pupil and per year.
 */
public enum OperatingBasis {
    BUDGET_SHARE, PER_PUPIL
}
