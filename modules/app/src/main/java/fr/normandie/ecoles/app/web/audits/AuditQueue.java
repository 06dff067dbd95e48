package fr.normandie.ecoles.app.web.audits;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.schools.Department;
import fr.normandie.ecoles.schools.Territory;
import fr.normandie.ecoles.workflow.AuditQueueEntry;
import fr.normandie.ecoles.workflow.AuditorQueue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The auditor's queue: audits to prepare, in progress, follow-ups and re-audits due, re-audits scheduled. */
@Named
@RequestScoped
public class AuditQueue {

    @Inject
    AuditorQueue queue;

    @Inject
    Territory territory;

    @Inject
    CurrentUser user;

    private List<AuditQueueEntry> entries;

    /** The queue, the soonest due first. */
    public List<AuditQueueEntry> getEntries() {
        if (entries == null) {
            entries = queue.queue(user.caller());
        }
        return entries;
    }

    public long getOverdueCount() {
        return getEntries().stream().filter(AuditQueueEntry::overdue).count();
    }

    public String departmentName(String code) {
        return territory.department(code).map(Department::name).orElse(code);
    }
}
