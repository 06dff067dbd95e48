package fr.normandie.ecoles.app.web.dashboard;

import fr.normandie.ecoles.app.web.results.DashboardResults;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.funding.AidPerPupil;
import fr.normandie.ecoles.funding.Envelope;
import fr.normandie.ecoles.schools.CoverageStatus;
import fr.normandie.ecoles.schools.DepartmentCoverage;
import fr.normandie.ecoles.schools.NetworkFigures;
import fr.normandie.ecoles.schools.NetworkFigures.YearTotals;
import fr.normandie.ecoles.schools.Target;
import fr.normandie.ecoles.schools.YearIndicators;
import fr.normandie.ecoles.workflow.OpeningProgress;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.IntStream;

/**
 * The dashboard for a target and a date (by default the 2019 target, today), both in the page's address
 * so that a view can be bookmarked and shared.
 */
@Named
@RequestScoped
public class Dashboard {

    /** A department on the map and in its text alternative. */
    public record Department(DepartmentCoverage coverage, DepartmentMap.Outline outline) {
        public String statusKey() {
            return coverage.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One bar of a chart: what it counts, how many, and its length in percent of the longest. */
    public record Bar(String label, int value, int percent) {
    }

    @Inject
    Clock clock;

    @Inject
    Steps steps;

    @Inject
    DepartmentMap map;

    @Inject
    DashboardFigures dashboardFigures;

    private Long targetId;
    private LocalDate asOf;
    private DashboardFigures.Targets targets;
    private Target target;
    private List<Department> departments;
    private OpeningProgress progress;
    private NetworkFigures figures;
    private List<Envelope> envelopesToDate;
    private DashboardFigures.Snapshot snapshot;

    /**
     * Reads everything once, after the address's parameters are known (or found wrong: then the page
     * shows the default target today, and the message about the wrong parameter). The targets and the figures of the
     * target on the day come from {@link DashboardFigures}, which keeps them a few seconds.
     */
    private void load() {
        if (target != null) {
            return;
        }
        targets = dashboardFigures.targets();
        target = Optional.ofNullable(targetId).flatMap(targets::withId).orElseGet(targets::byDefault);
        targetId = target.id();
        if (asOf == null) {
            asOf = clock.today();
        }
        snapshot = dashboardFigures.of(target, asOf);
        departments = snapshot.departments();
        progress = snapshot.progress();
        figures = snapshot.figures();
        envelopesToDate = snapshot.envelopesToDate();
    }

    public List<Target> getTargets() {
        load();
        return targets.all();
    }

    public List<Department> getDepartments() {
        load();
        return departments;
    }

    public String getViewBox() {
        return map.viewBox();
    }

    public List<CoverageStatus> getStatuses() {
        return Arrays.asList(CoverageStatus.values());
    }

    public String statusKey(CoverageStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public long getDepartmentsMet() {
        load();
        return departments.stream().filter(d -> d.coverage().status() == CoverageStatus.MET).count();
    }

    public int getOpenSchools() {
        load();
        return figures.openSchools();
    }

    public long getPlaces() {
        load();
        return figures.places();
    }

    public long getProjectsInProgress() {
        load();
        return progress.inProgress();
    }

    /** The latest school year with results, if any school reported some. */
    public Integer getResultsYear() {
        return latestResults().map(YearTotals::schoolYear).orElse(null);
    }

    public Long getPupils() {
        return latestResults().map(YearTotals::pupils).orElse(null);
    }

    /** Leavers in a job or apprenticeship among all leavers of the latest year, in percent. */
    public Integer getInsertionRate() {
        return latestResults().map(YearTotals::insertionRate).orElse(null);
    }

    /** The Region's subsidies granted on the envelopes of the years up to the chosen date's. */
    public BigDecimal getGranted() {
        load();
        return envelopesToDate.stream().map(Envelope::committed).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What was paid of them. */
    public BigDecimal getPaid() {
        load();
        return envelopesToDate.stream().map(Envelope::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The operating aid paid during the latest school year with results, per pupil of that year, rounded to
     * the euro (the region's figure); investment is never divided by pupils: see {@link #getInvestmentPaidInSchoolYear()}.
     */
    public BigDecimal getOperatingPerPupil() {
        return regionAid().map(AidPerPupil::perPupil).orElse(null);
    }

    /** The investment aid paid during that same school year, shown apart. */
    public BigDecimal getInvestmentPaidInSchoolYear() {
        return regionAid().map(AidPerPupil::investmentPaid).orElse(null);
    }

    private Optional<AidPerPupil> regionAid() {
        load();
        return snapshot.regionAid();
    }

    /** The results panel's region: its indicators over the school years started by the chosen date. */
    public List<YearIndicators> getRegionResults() {
        load();
        return snapshot.regionResults();
    }

    /** The results panel's departments: each one's latest school year with results. */
    public List<DashboardResults.DepartmentLatest> getDepartmentResults() {
        load();
        return snapshot.departmentResults();
    }

    /** How many projects in progress wait at each step of the opening. */
    public List<Bar> getProjectsByStep() {
        load();
        List<Step> opening = steps.of(Step.Process.OPENING);
        int max = opening.stream().mapToInt(step -> (int) progress.waitingAt(step)).max().orElse(0);
        return opening.stream().map(step -> bar(step.label(), (int) progress.waitingAt(step), max)).toList();
    }

    /** The departments' outlines and labels on the map, drawn once per figures ({@link DashboardFigures}). */
    public String getMapMarkup() {
        load();
        return snapshot.mapMarkup();
    }

    /** The rows of the map's table. */
    public String getCoverageRows() {
        load();
        return snapshot.coverageRows();
    }

    /** The rows of the projects in progress at the end of the chosen day, the first by name, with their steps then. */
    public String getProjectsThenRows() {
        load();
        return snapshot.projectsThenRows();
    }

    /** How many projects were in progress at the end of the chosen day. */
    public int getProjectsThenCount() {
        load();
        return snapshot.projectsThenCount();
    }

    /** Whether the page lists only the first of them. */
    public boolean isProjectsThenCut() {
        return getProjectsThenCount() > DashboardFigures.PROJECTS_THEN_SHOWN;
    }

    public int getProjectsThenShown() {
        return DashboardFigures.PROJECTS_THEN_SHOWN;
    }

    /** The address of the whole list on the chosen day, in the API. */
    public String getProjectsThenAddress() {
        return "api/dashboard?asOf=" + getAsOf();
    }

    /** Schools open at the end of each year, from the first opening to the chosen date. */
    public List<Bar> getSchoolsOverTime() {
        load();
        SortedMap<Integer, Integer> opened = figures.openedByYear();
        int first = opened.isEmpty() ? asOf.getYear() : opened.firstKey();
        List<int[]> years = IntStream.rangeClosed(first, asOf.getYear())
                .mapToObj(year -> new int[] {year, opened.headMap(year + 1).values().stream().mapToInt(n -> n).sum()})
                .toList();
        int max = years.stream().mapToInt(y -> y[1]).max().orElse(0);
        return years.stream().map(y -> bar(String.valueOf(y[0]), y[1], max)).toList();
    }

    private Optional<YearTotals> latestResults() {
        load();
        return figures.latestResults();
    }

    private static Bar bar(String label, int value, int max) {
        return new Bar(label, value, max == 0 ? 0 : Math.round(100f * value / max));
    }

    public Target getTarget() {
        load();
        return target;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /** The chosen date as the exports' addresses take it (ISO-8601). */
    public String getAsOfIso() {
        load();
        return asOf.toString();
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }
}
