package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.NetworkFigures;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.workflow.OpeningProgress;
import fr.normandie.ecoles.workflow.PastProgress;
import fr.normandie.ecoles.workflow.ProjectOnDay;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dashboard's figures as they stood at the end of a day, for any date: the projects and their steps from the
 * recorded history (for today, the end of today: the current state), the schools open then.
 */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DashboardResource {

    /** A project in progress on that day, with the last step it had completed and the steps it waited at. */
    public record ProjectThen(String id, String name, String departmentCode, LocalDate plannedOpening,
                              String lastStep, List<String> steps) {
    }

    public record Figures(LocalDate asOf, long projectsInProgress, Map<String, Long> waitingByStep,
                          List<ProjectThen> projects, int openSchools, long places) {
    }

    @Inject
    PastProgress pastProgress;

    @Inject
    Schools schools;

    @Inject
    TargetDates dates;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Les chiffres du tableau de bord tels qu'ils étaient à la fin d'un jour (par défaut aujourd'hui) : "
            + "projets en cours et leurs étapes, écoles ouvertes et places")
    public Figures figures(@QueryParam("asOf") String asOf) {
        callers.current();
        LocalDate day = dates.date(asOf);
        NetworkFigures network = schools.figures(day);
        List<ProjectOnDay> inProgress = pastProgress.inProgressOn(day);
        List<ProjectThen> projects = inProgress.stream().map(DashboardResource::then).toList();
        OpeningProgress progress = pastProgress.progressOf(inProgress);
        return new Figures(day, progress.inProgress(), progress.waitingByStep().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().key(), Map.Entry::getValue)), projects,
                network.openSchools(), network.places());
    }

    private static ProjectThen then(ProjectOnDay p) {
        return new ProjectThen(p.project().id().toString(), p.project().name(), p.project().departmentCode(),
                p.project().plannedOpening(), p.project().lastStep(), p.steps());
    }
}
