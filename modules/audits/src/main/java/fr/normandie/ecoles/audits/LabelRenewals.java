package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.schools.ProjectId;

import java.util.List;

/**
 * The periodic re-audits of labelled schools: the renewal process asks here when the next one is due
 * and reports the reminder and the overdue state. The interval is a setting ({@code audits.renewal-interval},
 * three years by default: the FNEP does not publish its own), counted from the audit that last granted the label.
 */
public interface LabelRenewals {

    /** Schedules the next re-audit of the school and answers its dates. */
    RenewalSchedule schedule(ProjectId project);

    /** The auditors were told that the re-audit approaches. */
    void reminded(ProjectId project);

    /** The re-audit fell due without taking place: the label lapses until it does. */
    void overdue(ProjectId project);

    /**
     * The pending re-audit ends without taking place (the school is suspended or closed, its label withdrawn):
     * nothing is scheduled any more, and why is kept.
     */
    void ended(ProjectId project, String reason);

    /** Every re-audit scheduled and not yet recorded, the soonest due first. */
    List<ScheduledRenewal> scheduled();
}
