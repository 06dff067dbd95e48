package fr.normandie.ecoles.schools;

import java.time.Instant;
import java.util.List;

/**
 * One round of territorial backing: the backers gathered, whether they meet the usual minimum (a local
 * authority and a firm or branch) and the officer's judgement.
 */
public record BackingRound(Instant recordedAt, String recordedBy, List<Backer> backers, boolean usualMinimumMet,
                           boolean sufficient) {
}
