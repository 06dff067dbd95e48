package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.Caller;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The Region's grants to schools, all kinds in one model: an open school's operating or investment grant, yearly or
 * multi-year, and the opening's subsidy decisions. The steps of a school's grant ({@code school-grant.bpmn}) are
 * recorded by its {@link GrantStep}s; every mutating method checks the caller's role itself (funding officers).
 */
public interface Grants {

    /**
     * Records a school's request. The school must be open (in the registry, opened by today).
     * @throws fr.normandie.ecoles.kernel.Forbidden unless the caller is a funding officer
     * @throws fr.normandie.ecoles.schools.UnknownSchoolException for an unknown school
     */
    Grant request(Caller caller, GrantRequestForm form);

    /** @throws UnknownGrantException */
    Grant find(GrantId id);

    /** The grants of a school, in a status, or all (null: any), the latest requested first. */
    List<GrantSummary> list(UUID school, GrantStatus status);

    /** The grants being paid whose next instalment falls due by the end of the month of that day, soonest first. */
    List<GrantSummary> paymentsDue(LocalDate day);

    /**
     * Changes a voted grant's yearly amounts by an avenant with its own vote; the amounts before and after are kept.
     * No year may fall below what is paid on it; a rise is committed, a cut released, against the grant's budget.
     * @throws fr.normandie.ecoles.kernel.Forbidden unless the caller is a funding officer
     */
    Grant amend(Caller caller, GrantId id, AmendmentForm form);
}
