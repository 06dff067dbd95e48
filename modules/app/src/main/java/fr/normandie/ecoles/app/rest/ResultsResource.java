package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.report.CrefopReport;
import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.funding.FileContent;
import fr.normandie.ecoles.schools.Rate;
import fr.normandie.ecoles.schools.ResultIndicators;
import fr.normandie.ecoles.schools.YearIndicators;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The indicators computed from the schools' yearly results, and the report for the CREFOP's plenary. */
@Path("")
@RequestScoped
public class ResultsResource {

    @Inject
    ResultIndicators indicators;

    @Inject
    CrefopReport report;

    @Inject
    TargetDates targetDates;

    @Inject
    Callers callers;

    @GET
    @Path("results/indicators")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les indicateurs des résultats annuels (insertion ou poursuite d'études, alternance, "
            + "réussite par diplôme) pour la région, chaque département et chaque école, année par année, à une date")
    public Response indicators(@QueryParam("asOf") String asOf) {
        callers.current();
        ResultIndicators.Indicators all = indicators.asOf(targetDates.date(asOf));
        return OpenApiSafe.ok(new IndicatorsView(series(all.region()), byName(all.departments()),
                byName(all.schools())));
    }

    /** The indicators with text keys (department codes, school ids, diplomas) and each share's percentage. */
    public record IndicatorsView(List<YearView> region, Map<String, List<YearView>> departments,
                                 Map<String, List<YearView>> schools) {
    }

    public record YearView(int schoolYear, int schools, long pupils, long pupilsUnder16, long pupils16To18,
                           long pupilsOver18, RateView referredByMissionLocale, long leavers,
                           RateView insertionOrFurtherStudy, RateView workStudy, RateView insertion,
                           Map<String, RateView> passRates) {
    }

    public record RateView(long part, long whole, Integer percent) {
        static RateView of(Rate rate) {
            return new RateView(rate.part(), rate.whole(), rate.percent());
        }
    }

    private static List<YearView> series(List<YearIndicators> years) {
        return years.stream().map(y -> new YearView(y.schoolYear(), y.schools(), y.pupils(), y.pupilsUnder16(),
                y.pupils16To18(), y.pupilsOver18(), RateView.of(y.referredByMissionLocale()), y.leavers(),
                RateView.of(y.insertionOrFurtherStudy()), RateView.of(y.workStudy()), RateView.of(y.insertion()),
                y.passRates().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(),
                        e -> RateView.of(e.getValue()), (a, b) -> a, TreeMap::new)))).toList();
    }

    private static Map<String, List<YearView>> byName(Map<?, List<YearIndicators>> series) {
        return series.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toString(),
                e -> series(e.getValue()), (a, b) -> a, TreeMap::new));
    }

    @GET
    @Path("reports/crefop.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Le rapport pour la séance plénière du CREFOP (PDF) : synthèse régionale et une page par "
            + "département, pour un objectif (par défaut celui de 2019) à une date (par défaut aujourd'hui)")
    public Response crefop(@QueryParam("target") Long target, @QueryParam("asOf") String asOf) {
        callers.current();
        targetDates.target(target);
        LocalDate date = targetDates.date(asOf);
        return Downloads.inline(new FileContent("rapport-crefop-" + date + ".pdf", "application/pdf",
                report.render(target, date)));
    }
}
