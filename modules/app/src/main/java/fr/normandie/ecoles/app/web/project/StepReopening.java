package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.StepCompletion;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.StepCorrections;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** An administrator reopens, on the project's page, a step completed by mistake, with the reason. */
@Named
@ViewScoped
public class StepReopening implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "reopen";

    @Inject
    ProjectPage page;

    @Inject
    StepCorrections corrections;

    @Inject
    Steps steps;

    @Inject
    CurrentUser user;

    private String step;
    private String reason;

    /** Administrators, on a project in progress that has completed a step. */
    public boolean isShown() {
        return user.isAdmin() && page.isFound() && page.getView().project().status() == ProjectStatus.IN_PROGRESS
                && !page.getView().history().isEmpty();
    }

    /** The steps of the opening the project completed, in the process's order. */
    public List<Step> getCompletedSteps() {
        List<String> done = page.getView().history().stream().map(StepCompletion::step).toList();
        return steps.of(Step.Process.OPENING).stream().filter(s -> done.contains(s.key())).toList();
    }

    public String reopen() {
        return FormErrors.submit(FORM, () -> corrections.reopen(page.projectId(), step, reason, user.caller()))
                .map(reopened -> {
                    FormErrors.info(Texts.get("reopen.done", page.stepLabel(step)));
                    return page.reload();
                }).orElse(null);
    }

    public String getStep() { return step; }
    public void setStep(String step) { this.step = step; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
