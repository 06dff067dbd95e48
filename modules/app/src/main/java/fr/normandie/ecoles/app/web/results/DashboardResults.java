package fr.normandie.ecoles.app.web.results;

import fr.normandie.ecoles.app.web.dashboard.Dashboard;
import fr.normandie.ecoles.schools.Department;
import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.ResultIndicators;
import fr.normandie.ecoles.schools.YearIndicators;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The dashboard's results panel: the region's indicators over the school years started by the dashboard's
 * date, and each department's latest year. Read with the dashboard's other figures, and kept with them
 * ({@code DashboardFigures}, issue 18): reading them at every request read every school.
 */
@Named
@RequestScoped
public class DashboardResults {

    /** A department's latest school year with results. */
    public record DepartmentLatest(String code, String name, YearIndicators year) {
    }

    @Inject
    Dashboard dashboard;

    /** The region's indicators over the school years started by the dashboard's date. */
    public List<YearIndicators> getRegion() {
        return dashboard.getRegionResults();
    }

    /** Each department's latest school year with results, departments without results left out. */
    public List<DepartmentLatest> getDepartments() {
        return dashboard.getDepartmentResults();
    }

    public List<Diploma> getDiplomas() {
        return List.of(Diploma.values());
    }

    /** Each department's latest school year with results, in the territory's order, departments without results left out. */
    public static List<DepartmentLatest> latestByDepartment(ResultIndicators.Indicators all, List<Department> departments) {
        return departments.stream()
                .filter(d -> !all.ofDepartment(d.code()).isEmpty())
                .map(d -> new DepartmentLatest(d.code(), d.name(), last(all.ofDepartment(d.code())))).toList();
    }

    private static YearIndicators last(List<YearIndicators> years) {
        return years.get(years.size() - 1);
    }
}
