package fr.normandie.ecoles.app.web.admin;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.schools.Coverage;
import fr.normandie.ecoles.schools.NewTarget;
import fr.normandie.ecoles.schools.Target;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The coverage targets, and the form that defines a new one. */
@Named
@ViewScoped
public class TargetsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "target";

    @Inject
    Coverage coverage;

    @Inject
    CurrentUser user;

    private String name;
    private LocalDate deadline;
    private Integer minimumPerDepartment = 1;

    public List<Target> getTargets() {
        return coverage.targets();
    }

    public String define() {
        return FormErrors.submit(FORM, () -> coverage.define(new NewTarget(name, deadline, minimumPerDepartment),
                        user.caller()))
                .map(target -> {
                    FormErrors.info(Texts.get("targets.defined", target.name()));
                    return "/admin/targets.xhtml?faces-redirect=true";
                }).orElse(null);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public Integer getMinimumPerDepartment() { return minimumPerDepartment; }
    public void setMinimumPerDepartment(Integer minimumPerDepartment) { this.minimumPerDepartment = minimumPerDepartment; }
}
