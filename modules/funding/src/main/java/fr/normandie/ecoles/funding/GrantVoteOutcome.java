package fr.normandie.ecoles.funding;

/**
 * The standing committee's vote as it routes the grant: granted above the legal threshold, which requires a
 * signed agreement before any payment (loi 2000-321 art. 10, décret 2001-495), granted below it, or refused.
 */
public enum GrantVoteOutcome {
    GRANTED_UNDER_AGREEMENT, GRANTED, REFUSED
}
