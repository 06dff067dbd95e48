package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step 0: a project officer registers a school project, which starts its opening process. */
@Named("registration")
@ViewScoped
public class ProjectRegistrationForm extends RegistrationFields {

    private static final long serialVersionUID = 1L;
    static final String FORM = "registration";

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    CurrentUser user;

    /** The project's officer when another staff member than the one registering it (ownership, issue 15). */
    private String officer;

    public String register() {
        return FormErrors.submit(FORM, () -> lifecycle.register(registration(), officer, user.caller()))
                .map(registered -> {
                    FormErrors.info(Texts.get("registration.done", registered.project().name()));
                    return "/projects/view.xhtml?faces-redirect=true&id=" + registered.project().id();
                }).orElse(null);
    }

    public String getOfficer() { return officer; }
    public void setOfficer(String officer) { this.officer = officer; }
}
