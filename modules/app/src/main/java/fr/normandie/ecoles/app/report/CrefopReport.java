package fr.normandie.ecoles.app.report;

import fr.normandie.ecoles.app.web.dashboard.Dashboard;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.Commune;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.ResultIndicators;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.Territory;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Gathers the report's data as of a date and has it drawn. The key figures and the map are the dashboard's
 * own ({@link Dashboard}, for the same target and date), so that the printed report and the screen agree.
 * Projects in progress are those registered by the date, with the steps they wait at now.
 */
@RequestScoped
public class CrefopReport {

    @Inject
    Dashboard dashboard;

    @Inject
    Schools schools;

    @Inject
    ResultIndicators indicators;

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    Steps steps;

    @Inject
    Territory territory;

    /** The report's PDF for the target ({@code null}: the 2019 one) as things stood on {@code asOf}. */
    public byte[] render(Long targetId, LocalDate asOf) {
        dashboard.setTargetId(targetId);
        dashboard.setAsOf(asOf);
        ResultIndicators.Indicators results = indicators.asOf(asOf);
        List<School> open = schools.all().stream().filter(s -> !s.openedOn().isAfter(asOf))
                .sorted(Comparator.comparing(School::openedOn)).toList();
        List<DepartmentStory> stories = dashboard.getDepartments().stream().map(d -> new DepartmentStory(d.coverage(),
                open.stream().filter(s -> s.departmentCode().equals(d.coverage().code())).toList(),
                projects(d.coverage().code(), asOf), results.ofDepartment(d.coverage().code()))).toList();
        return new CrefopReportPdf(dashboard, results.region(), stories, this::communeName).write();
    }

    private List<DepartmentStory.Project> projects(String department, LocalDate asOf) {
        return lifecycle.list(department, ProjectStatus.IN_PROGRESS).stream()
                .filter(p -> !p.project().registeredAt().atZone(Clock.REGION).toLocalDate().isAfter(asOf))
                .map(p -> new DepartmentStory.Project(p, communeName(p.project().communeCode()),
                        p.currentSteps().stream().map(key -> steps.ofKey(key).map(Step::label).orElse(key)).toList()))
                .sorted(Comparator.comparing(p -> p.view().project().plannedOpening()))
                .toList();
    }

    private String communeName(String code) {
        return territory.commune(code).map(Commune::name).orElse(code);
    }
}
