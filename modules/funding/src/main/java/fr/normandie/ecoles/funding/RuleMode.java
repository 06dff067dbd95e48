package fr.normandie.ecoles.funding;

/**
 * How a share rule of the Region's policy is applied: a rule of thumb that warns (a grant breaking it is
 * recorded only with a written justification, kept with the decision and shown to the committee), or a
 * hard rule that refuses.
 */
public enum RuleMode {
    WARN, REFUSE
}
