package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.audits.HistoricalLabelForm;
import fr.normandie.ecoles.audits.LabelStatus;
import fr.normandie.ecoles.audits.LabelWithdrawalForm;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.SchoolChangeForm;
import fr.normandie.ecoles.schools.SchoolStatusChange;

import java.util.UUID;

/**
 * A school's life after its opening, where it touches its re-audits: the label of a school older than the
 * software starts its re-audits as an opening does; a suspension, a closure or a withdrawn label ends the pending
 * re-audit (its process instance is cancelled, with the reason, and the audits module records why); a resumption
 * starts them again while the label is held.
 */
public interface SchoolLifecycle {

    /** Records when a school older than the software was labelled (auditors, administrators) and starts its re-audits. */
    LabelStatus recordHistoricalLabel(UUID schoolId, HistoricalLabelForm form, Caller caller);

    /** Suspends, resumes or closes a school (staff, administrators). */
    SchoolStatusChange changeStatus(UUID schoolId, SchoolChangeForm form, Caller caller);

    /** The auditors withdraw the school's label. */
    LabelStatus withdrawLabel(UUID schoolId, LabelWithdrawalForm form, Caller caller);
}
