package fr.normandie.ecoles.funding.internal;

/**
 * The Region's share rules of thumb, each with its own mode setting
 * ({@code funding.rule.<setting>.mode}: WARN by default, or REFUSE).
 */
enum ShareRule {
    OPERATING_SHARE("operating-share"), PER_PUPIL("per-pupil"), INVESTMENT_SHARE("investment-share");

    private final String setting;

    ShareRule(String setting) {
        this.setting = setting;
    }

    /** The name of its mode's setting. */
    String modeSetting() {
        return "funding.rule." + setting + ".mode";
    }
}
