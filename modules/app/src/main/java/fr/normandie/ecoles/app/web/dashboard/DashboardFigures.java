package fr.normandie.ecoles.app.web.dashboard;

import fr.normandie.ecoles.app.web.Formats;
import fr.normandie.ecoles.app.web.results.DashboardResults;
import fr.normandie.ecoles.funding.AidFigures;
import fr.normandie.ecoles.funding.AidPerPupil;
import fr.normandie.ecoles.funding.Envelope;
import fr.normandie.ecoles.funding.Envelopes;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.RecentAnswers;
import fr.normandie.ecoles.schools.Coverage;
import fr.normandie.ecoles.schools.CoverageStatus;
import fr.normandie.ecoles.schools.NetworkFigures;
import fr.normandie.ecoles.schools.ResultIndicators;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.Target;
import fr.normandie.ecoles.schools.Territory;
import fr.normandie.ecoles.schools.YearIndicators;
import fr.normandie.ecoles.workflow.OpeningProgress;
import fr.normandie.ecoles.workflow.PastProgress;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import fr.normandie.ecoles.workflow.ProjectOnDay;
import fr.normandie.ecoles.workflow.ProjectsOnDay;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * What the dashboard shows of a target on a day, read and drawn once and kept {@code figures.ttl} (default ten
 * seconds), dropped at this node's next domain write ({@link RecentAnswers}; issue 18). The map's outlines, its table
 * and the table of the projects in progress then (one row per project: 10,000 at the benchmark's size) are drawn here
 * as markup, escaped, instead of by a Faces component per department and per cell at every request: rendering them
 * took four fifths of the page's time. The rest of the page's figures are kept in the same snapshot (issue 18, second
 * pass): the envelopes up to the day's year, the results panel and the region's aid per pupil, and, apart, the
 * targets; the page then sends no statement while its figures are kept. The funding module writes the envelopes'
 * amounts by bulk updates, which {@code app.persistence.DomainWrites} counts as domain writes too.
 */
@ApplicationScoped
public class DashboardFigures {

    /** The page's texts, the bundle Faces gives the pages as {@code msg}, in the application's only locale. */
    static final String MESSAGES = "fr.normandie.ecoles.app.web.messages";

    /** How many projects in progress the page lists; the count says how many there are. */
    public static final int PROJECTS_THEN_SHOWN = 50;

    /**
     * Everything the answer depends on: the target and the day, and today (the region's and the application clock's),
     * which tell whether the day is past (then the recorded history is read).
     */
    private record Asked(Target target, LocalDate asOf, LocalDate today, LocalDate regionToday) {
    }

    /**
     * The dashboard's figures and markup for a target on a day, with the envelopes of the years up to the day's, the
     * results panel (the region's indicators over the years, each department's latest year) and the region's aid per
     * pupil of the latest school year with results. Immutable: shared by the requests that read it.
     */
    public record Snapshot(List<Dashboard.Department> departments, OpeningProgress progress, NetworkFigures figures,
                           String mapMarkup, String coverageRows, String projectsThenRows, int projectsThenCount,
                           List<Envelope> envelopesToDate, List<YearIndicators> regionResults,
                           List<DashboardResults.DepartmentLatest> departmentResults, Optional<AidPerPupil> regionAid) {
    }

    /** The targets the page offers, and the one it shows when none is asked for. */
    public record Targets(List<Target> all, Target byDefault) {

        /** The target of that id, if there is one. */
        public Optional<Target> withId(long id) {
            return all.stream().filter(t -> t.id() == id).findFirst();
        }
    }

    @Inject
    Coverage coverage;

    @Inject
    Clock clock;

    @Inject
    Schools schools;

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    PastProgress pastProgress;

    @Inject
    DepartmentMap map;

    @Inject
    Steps steps;

    @Inject
    Formats formats;

    @Inject
    Envelopes envelopes;

    @Inject
    ResultIndicators indicators;

    @Inject
    Territory territory;

    @Inject
    AidFigures aid;

    @Inject
    @ConfigProperty(name = "figures.ttl", defaultValue = "PT10S")
    Duration life;

    private RecentAnswers<Asked, Snapshot> recent;

    private RecentAnswers<String, Targets> targets;

    @PostConstruct
    void keepRecentAnswers() {
        recent = new RecentAnswers<>(life);
        targets = new RecentAnswers<>(life);
    }

    /** The targets, kept as the figures are (a target is defined by a domain write, which drops them). */
    public Targets targets() {
        return targets.get("targets", key -> new Targets(coverage.targets(), coverage.defaultTarget()));
    }

    /** The figures of the target on the day, at most {@code figures.ttl} old and never older than this node's last write. */
    public Snapshot of(Target target, LocalDate asOf) {
        return recent.get(new Asked(target, asOf, clock.today(), LocalDate.now(Clock.REGION)), this::read);
    }

    private Snapshot read(Asked asked) {
        LocalDate asOf = asked.asOf();
        ResourceBundle msg = ResourceBundle.getBundle(MESSAGES, Locale.FRANCE);
        List<Dashboard.Department> departments = coverage.coverage(asked.target(), asOf).stream()
                .map(c -> new Dashboard.Department(c, map.outline(c.code()))).toList();
        // a past day's progress is counted from the recorded history of every project then, today's from the running
        // engine: today, only the listed projects' steps are read
        ProjectsOnDay projectsThen;
        OpeningProgress progress;
        if (asOf.isBefore(asked.regionToday())) {
            List<ProjectOnDay> all = pastProgress.inProgressOn(asOf);
            progress = pastProgress.progressOf(all);
            projectsThen = new ProjectsOnDay(all.size(), all.subList(0, Math.min(all.size(), PROJECTS_THEN_SHOWN)));
        } else {
            projectsThen = pastProgress.inProgressOn(asOf, PROJECTS_THEN_SHOWN);
            progress = lifecycle.progress();
        }
        NetworkFigures figures = schools.figures(asOf);
        List<Envelope> envelopesToDate = envelopes.all().stream().filter(e -> e.year() <= asOf.getYear()).toList();
        ResultIndicators.Indicators results = indicators.asOf(asOf);
        return new Snapshot(departments, progress, figures, mapMarkup(departments, msg), coverageRows(departments, msg),
                projectsThenRows(projectsThen.first()), projectsThen.count(), envelopesToDate, results.region(),
                DashboardResults.latestByDepartment(results, territory.departments()), regionAid(figures));
    }

    /**
     * The region's operating aid per pupil of the latest school year with results, and the investment paid that year;
     * none when no school reported results.
     */
    private Optional<AidPerPupil> regionAid(NetworkFigures figures) {
        return figures.latestResults().flatMap(latest -> aid.perDepartment(latest.schoolYear()).stream()
                .filter(a -> a.departmentCode() == null).findFirst());
    }

    /** The departments' outlines, then their names and statuses on top, as the map's {@code svg} holds them. */
    private static String mapMarkup(List<Dashboard.Department> departments, ResourceBundle msg) {
        StringBuilder svg = new StringBuilder();
        for (Dashboard.Department d : departments) {
            svg.append("<path d=\"").append(Markup.escape(d.outline().path()))
                    .append("\" class=\"department status-").append(d.statusKey())
                    .append("\" data-department=\"").append(Markup.escape(d.coverage().code()))
                    .append("\" data-status=\"").append(d.coverage().status())
                    .append("\"><title>").append(Markup.escape(d.coverage().name())).append(" : ")
                    .append(Markup.escape(status(msg, d.coverage().status()))).append("</title></path>\n");
        }
        for (Dashboard.Department d : departments) {
            String x = String.valueOf(d.outline().labelX());
            svg.append("<text x=\"").append(x).append("\" y=\"").append(d.outline().labelY())
                    .append("\" class=\"map-label\" text-anchor=\"middle\">").append(Markup.escape(d.coverage().name()))
                    .append("</text>\n<text x=\"").append(x).append("\" y=\"").append(d.outline().labelY() + 16)
                    .append("\" class=\"map-label map-status\" text-anchor=\"middle\">")
                    .append(Markup.escape(status(msg, d.coverage().status()))).append("</text>\n");
        }
        return svg.toString();
    }

    /** The rows of the map's text alternative, the table of the departments against the target. */
    private String coverageRows(List<Dashboard.Department> departments, ResourceBundle msg) {
        StringBuilder rows = new StringBuilder();
        for (Dashboard.Department d : departments) {
            rows.append("<tr>\n<th scope=\"row\">").append(Markup.escape(d.coverage().name())).append(" (")
                    .append(Markup.escape(d.coverage().code())).append(")</th>\n<td><span class=\"badge status-")
                    .append(d.statusKey()).append("\">").append(Markup.escape(status(msg, d.coverage().status())))
                    .append("</span></td>\n<td class=\"number\">").append(d.coverage().openSchools())
                    .append("</td>\n<td>").append(Markup.escape(formats.date(d.coverage().metOn())))
                    .append("</td>\n<td class=\"number\">").append(d.coverage().projectsExpectedInTime())
                    .append("</td>\n</tr>\n");
        }
        return rows.toString();
    }

    /**
     * The rows of the first {@link #PROJECTS_THEN_SHOWN} projects in progress at the end of the day (by name), with
     * their steps then: the whole list is the API's ({@code GET /api/dashboard?asOf=}); 10,000 rows made the page
     * 1.5 MB, and its rendering most of the page's cost under load (issue 18).
     */
    private String projectsThenRows(List<ProjectOnDay> shown) {
        StringBuilder rows = new StringBuilder(shown.size() * 96);
        for (ProjectOnDay p : shown) {
            String stepsThen = p.steps().stream().map(key -> steps.ofKey(key).map(Step::label).orElse(key))
                    .collect(Collectors.joining(", "));
            rows.append("<tr>\n<th scope=\"row\">").append(Markup.escape(p.project().name())).append("</th>\n<td>")
                    .append(Markup.escape(p.project().departmentCode())).append("</td>\n<td>")
                    .append(Markup.escape(stepsThen)).append("</td>\n</tr>\n");
        }
        return rows.toString();
    }

    private static String status(ResourceBundle msg, CoverageStatus status) {
        return msg.getString("status." + status);
    }
}
