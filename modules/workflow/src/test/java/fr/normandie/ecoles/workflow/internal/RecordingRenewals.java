package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.audits.LabelRenewals;
import fr.normandie.ecoles.audits.RenewalSchedule;
import fr.normandie.ecoles.audits.ScheduledRenewal;
import fr.normandie.ecoles.schools.ProjectId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake re-audit schedule for process tests: the re-audit falls due three years after the engine's
 * today, the reminder three months before; it records what the renewal process reports.
 */
class RecordingRenewals implements LabelRenewals {

    static final Period INTERVAL = Period.ofYears(3);
    static final Period REMIND_BEFORE = Period.ofMonths(3);

    private final List<ProjectId> scheduled = new CopyOnWriteArrayList<>();
    private final List<ProjectId> reminded = new CopyOnWriteArrayList<>();
    private final List<ProjectId> overdue = new CopyOnWriteArrayList<>();

    List<ProjectId> schedulings() {
        return List.copyOf(scheduled);
    }

    List<ProjectId> reminded() {
        return List.copyOf(reminded);
    }

    List<ProjectId> overdue() {
        return List.copyOf(overdue);
    }

    void forget() {
        scheduled.clear();
        reminded.clear();
        overdue.clear();
    }

    @Override
    public RenewalSchedule schedule(ProjectId project) {
        scheduled.add(project);
        LocalDate due = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Paris")).plus(INTERVAL);
        return new RenewalSchedule(due, due.minus(REMIND_BEFORE));
    }

    @Override
    public void reminded(ProjectId project) {
        reminded.add(project);
    }

    @Override
    public void overdue(ProjectId project) {
        overdue.add(project);
    }

    @Override
    public void ended(ProjectId project, String reason) {
        throw new UnsupportedOperationException("the renewal process does not call this");
    }

    @Override
    public List<ScheduledRenewal> scheduled() {
        throw new UnsupportedOperationException("the renewal process does not call this");
    }
}
