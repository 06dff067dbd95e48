package fr.normandie.ecoles.funding;

import java.time.LocalDate;

/**
 * The lapse (caducité) of a grant whose agreement is not signed in time, for the engine's timer of
 * {@code school-grant.bpmn} alone: nobody lapses a grant by hand, so these methods take no {@code Caller}.
 */
public interface GrantLapses {

    /**
     * The last day the agreement of a voted grant may be signed, as of today: the vote's day plus the signature delay
     * (the setting {@code funding.agreement.signature-delay}, six months by default); for a vote recorded once that day
     * had passed (history caught up), today plus the delay, so that recording a past grant does not lapse it at once.
     * @throws UnknownGrantException
     */
    LocalDate lastDayToSign(GrantId id);

    /**
     * The agreement was not signed by its last day: the grant lapses and what its commitments left unpaid goes back
     * to the commitment authorisations of their year, recorded as released because the agreement lapsed. A grant
     * that is no longer waiting for its agreement is left as it is.
     * @return whether the grant lapsed
     */
    boolean lapse(GrantId id);
}
