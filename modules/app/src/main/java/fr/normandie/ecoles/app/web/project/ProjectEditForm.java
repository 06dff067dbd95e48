package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Staff edit a project's registration on its page: the form is filled as the project stood when the page was
 * shown, and the edit names that version, so that an edit made meanwhile by someone else is refused rather than
 * overwritten.
 */
@Named("projectEdit")
@ViewScoped
public class ProjectEditForm extends RegistrationFields {

    private static final long serialVersionUID = 1L;
    static final String FORM = "edit";

    @Inject
    ProjectPage page;

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    CurrentUser user;

    private long version;

    @PostConstruct
    void read() {
        if (page.isFound()) {
            ProjectSummary project = page.getView().project();
            fill(project);
            version = project.version();
        }
    }

    /** Staff, on a project in progress. */
    public boolean isShown() {
        return user.isStaff() && page.isFound() && page.getView().project().status() == ProjectStatus.IN_PROGRESS;
    }

    public String save() {
        return FormErrors.submit(FORM, () -> lifecycle.edit(page.projectId(), version, registration(), user.caller()))
                .map(edited -> {
                    FormErrors.info(Texts.get("edit.done"));
                    return page.reload();
                }).orElse(null);
    }
}
