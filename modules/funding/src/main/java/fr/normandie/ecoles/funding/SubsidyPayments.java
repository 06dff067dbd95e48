package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.Caller;
import java.util.List;

/** The payment schedule of a granted subsidy and the payments made against it. */
public interface SubsidyPayments {

    /** @throws UnknownSubsidyException */
    List<ScheduledPayment> schedule(SubsidyId id);

    /**
     * Replaces the schedule of a grant not yet paid: an advance within its cap, instalments, and the
     * balance last, adding up to the amount granted.
     * Funding officers only, checked first.
     * @throws FundingConflictException when the subsidy was refused or has already been paid in part
     */
    List<ScheduledPayment> replaceSchedule(SubsidyId id, ScheduleForm form, Caller caller);

    /** @throws UnknownSubsidyException */
    List<Payment> payments(SubsidyId id);

    /**
     * Records a payment against a line of the schedule; what is paid can never exceed the line, nor
     * the grant: the database guarantees it. The balance is paid on supporting documents only. Funding
     * officers only, checked first.
     */
    Payment record(SubsidyId id, PaymentForm form, Caller caller);
}
