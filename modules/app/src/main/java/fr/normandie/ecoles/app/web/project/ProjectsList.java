package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.schools.Department;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.Territory;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import fr.normandie.ecoles.workflow.ProjectView;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The projects, newest first, narrowed by department and status (both in the address). */
@Named("projects")
@RequestScoped
public class ProjectsList {

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    Steps steps;

    @Inject
    Territory territory;

    private String departmentCode;
    private ProjectStatus status;
    private List<ProjectView> rows;

    public List<ProjectView> getRows() {
        if (rows == null) {
            rows = lifecycle.list(blankToNull(departmentCode), status);
        }
        return rows;
    }

    /** The steps a project waits at, in French. */
    public String currentSteps(ProjectView project) {
        return project.currentSteps().stream().map(steps::ofKey).flatMap(Optional::stream).map(Step::label)
                .collect(Collectors.joining(", "));
    }

    public String departmentName(String code) {
        return territory.department(code).map(Department::name).orElse(code);
    }

    public List<Department> getDepartments() {
        return territory.departments();
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }
}
