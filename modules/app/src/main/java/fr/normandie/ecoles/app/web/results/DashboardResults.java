package fr.normandie.ecoles.app.web.results;

import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.ResultIndicators;
import fr.normandie.ecoles.schools.Territory;
import fr.normandie.ecoles.schools.YearIndicators;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's results panel: the region's indicators over the school years started by the dashboard's
 * date, and each department's latest year. Read once per request.
 */
@Named
@RequestScoped
public class DashboardResults {

    /** A department's latest school year with results. */
    public record DepartmentLatest(String code, String name, YearIndicators year) {
    }

    @Inject
    ResultIndicators indicators;

    @Inject
    Territory territory;

    private ResultIndicators.Indicators read;

    /** @param asOf the dashboard's date, ISO-8601 */
    public List<YearIndicators> region(String asOf) {
        return read(asOf).region();
    }

    public List<DepartmentLatest> departments(String asOf) {
        ResultIndicators.Indicators all = read(asOf);
        return territory.departments().stream()
                .filter(d -> !all.ofDepartment(d.code()).isEmpty())
                .map(d -> new DepartmentLatest(d.code(), d.name(), last(all.ofDepartment(d.code())))).toList();
    }

    public List<Diploma> getDiplomas() {
        return List.of(Diploma.values());
    }

    private ResultIndicators.Indicators read(String asOf) {
        if (read == null) {
            read = indicators.asOf(LocalDate.parse(asOf));
        }
        return read;
    }

    private static YearIndicators last(List<YearIndicators> years) {
        return years.get(years.size() - 1);
    }
}
