package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.schools.ProjectOfficers;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The project's officer on its page, and the form by which staff or an administrator give it to another. */
@Named
@ViewScoped
public class ProjectOfficerForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "officerForm";

    @Inject
    ProjectPage page;

    @Inject
    ProjectOfficers officers;

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    CurrentUser user;

    private String officer;

    /** The officer now; empty text when the project has none. */
    public String getCurrent() {
        return page.isFound() ? officers.officerOf(page.projectId()).orElse("") : "";
    }

    /** Staff and administrators may give the project to another officer (the module checks it again). */
    public boolean isChangeable() {
        return page.isFound() && (user.isStaff() || user.isAdmin());
    }

    public String change() {
        return FormErrors.submit(FORM, () -> lifecycle.changeOfficer(page.projectId(), officer, user.caller()))
                .map(changed -> {
                    FormErrors.info(Texts.get("officer.changed", officer.strip()));
                    return page.reload();
                }).orElse(null);
    }

    public String getOfficer() { return officer; }
    public void setOfficer(String officer) { this.officer = officer; }
}
