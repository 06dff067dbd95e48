package fr.normandie.ecoles.schools;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stages of a school project's opening, in their order (shared/DOMAIN.md, "The opening process").
 * Their keys name the steps everywhere: in the API, the timeline and the process.
 */
public enum Stage {
    TERRITORIAL_BACKING("territorial-backing"),
    OPPORTUNITY_STUDY("opportunity-study"),
    INSERTION_COMMITMENT("insertion-commitment"),
    LABEL_AUDIT("label-audit"),
    LABEL_FOLLOW_UP("label-follow-up"),
    SUBSIDY_DECISION("subsidy-decision"),
    OPENING("opening");

    private final String key;

    Stage(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Stage> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
