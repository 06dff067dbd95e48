package fr.normandie.ecoles.app.web.inbox;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.schools.Department;
import fr.normandie.ecoles.schools.Territory;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import fr.normandie.ecoles.kernel.Refusal;
import fr.normandie.ecoles.workflow.TaskFilter;
import fr.normandie.ecoles.workflow.TaskNotFoundException;
import fr.normandie.ecoles.workflow.TaskView;
import fr.normandie.ecoles.workflow.Tasks;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/** The person's inbox: the open tasks of their roles, and their own. */
@Named
@ViewScoped
public class Inbox implements Serializable {

    private static final long serialVersionUID = 1L;
    /** More than anyone works through at once; the soonest due come first. */
    static final int PAGE = 200;

    /** A task as a row of the inbox. */
    public record Row(TaskView task, String departmentName, boolean overdue, boolean mine, boolean free) {
    }

    @Inject
    Tasks tasks;

    @Inject
    Clock clock;

    @Inject
    Steps steps;

    @Inject
    Territory territory;

    @Inject
    SavedInboxFilters savedFilters;

    @Inject
    CurrentUser user;

    private String departmentCode;
    private String step;
    private TaskFilter.Scope scope;
    private List<Row> rows;

    @PostConstruct
    void open() {
        TaskFilter saved = savedFilters.of(user.caller().name());
        departmentCode = saved.departmentCode();
        step = saved.step();
        scope = saved.scope();
        load();
    }

    /** Narrows the inbox and keeps the choice for next time. */
    public void filter() {
        if (step != null && steps.ofKey(step).isEmpty()) {
            step = null;
        }
        savedFilters.save(user.caller().name(), departmentCode, step, scope);
        load();
    }

    public void claim(Row row) {
        act(row, tasks::claim, "inbox.claimed");
    }

    public void release(Row row) {
        act(row, tasks::unclaim, "inbox.released");
    }

    private void act(Row row, BiConsumer<String, Caller> action, String done) {
        try {
            action.accept(row.task().id(), user.caller());
            FormErrors.info(Texts.get(done, row.task().projectName()));
        } catch (TaskNotFoundException e) {
            FormErrors.global(Texts.get("inbox.gone"));
        } catch (Refusal e) {
            FormErrors.global(e.getMessage());
        }
        load();
    }

    private void load() {
        Caller caller = user.caller();
        Instant now = clock.now();
        rows = tasks.list(caller, new TaskFilter(departmentCode, step, null, scope), 0, PAGE).stream()
                .map(t -> new Row(t, territory.department(t.departmentCode()).map(Department::name).orElse(t.departmentCode()),
                        t.due() != null && t.due().isBefore(now), caller.name().equals(t.assignee()), t.assignee() == null))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getOverdueCount() {
        return rows.stream().filter(Row::overdue).count();
    }

    public List<Department> getDepartments() {
        return territory.departments();
    }

    /** The steps the person's roles carry, of the processes the inbox lists (a grant's steps are on its page). */
    public List<Step> getSteps() {
        Caller caller = user.caller();
        return steps.all().stream().filter(s -> s.process() != Step.Process.GRANT).filter(s -> caller.has(s.role()))
                .toList();
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    /** The scopes offered: mine, my department's, all. */
    public TaskFilter.Scope[] getScopes() {
        return TaskFilter.Scope.values();
    }

    public TaskFilter.Scope getScope() {
        return scope;
    }

    public void setScope(TaskFilter.Scope scope) {
        this.scope = scope;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }
}
