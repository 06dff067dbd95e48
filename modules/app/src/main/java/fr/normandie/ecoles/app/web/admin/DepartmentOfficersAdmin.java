package fr.normandie.ecoles.app.web.admin;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.schools.Department;
import fr.normandie.ecoles.schools.ProjectOfficers;
import fr.normandie.ecoles.schools.Territory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The administrators' page of each department's officers: the list, and the form replacing one department's. */
@Named
@RequestScoped
public class DepartmentOfficersAdmin {

    static final String FORM = "departmentOfficers";

    @Inject
    ProjectOfficers officers;

    @Inject
    Territory territory;

    @Inject
    CurrentUser user;

    private String departmentCode;
    /** One user name per line. */
    private String names;
    private Map<String, List<String>> byDepartment;

    public List<Department> getDepartments() {
        return territory.departments();
    }

    /** A department's officers, as a list to read. */
    public String officersOf(String departmentCode) {
        return String.join(", ", officers().getOrDefault(departmentCode, List.of()));
    }

    public String save() {
        List<String> named = names == null ? List.of()
                : Arrays.stream(names.split("\\R")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        return FormErrors.submit(FORM, () -> officers.setDepartmentOfficers(departmentCode, named, user.caller()))
                .map(saved -> {
                    FormErrors.info(Texts.get("departmentOfficers.saved", departmentCode));
                    return "/admin/departments.xhtml?faces-redirect=true";
                }).orElse(null);
    }

    private Map<String, List<String>> officers() {
        if (byDepartment == null) {
            byDepartment = officers.departmentOfficers();
        }
        return byDepartment;
    }

    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
    public String getNames() { return names; }
    public void setNames(String names) { this.names = names; }
}
