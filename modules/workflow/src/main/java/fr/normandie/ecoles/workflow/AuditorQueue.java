package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.kernel.Caller;

import java.util.List;

/** What auditors have to do, across school projects and schools: audits to prepare, in progress, follow-ups and re-audits due. */
public interface AuditorQueue {

    /**
     * The audit tasks the caller may work on and the re-audits scheduled, the soonest due first.
     * @throws StepForbiddenException when the caller is no auditor
     */
    List<AuditQueueEntry> queue(Caller caller);
}
