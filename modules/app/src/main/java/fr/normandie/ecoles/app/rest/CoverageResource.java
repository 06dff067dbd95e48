package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.Coverage;
import fr.normandie.ecoles.schools.DepartmentCoverage;
import fr.normandie.ecoles.schools.Target;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("coverage")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CoverageResource {

    @Inject
    Coverage coverage;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Chaque département face à un objectif (par défaut celui de 2019) à une date (par défaut aujourd'hui)")
    public List<DepartmentCoverage> coverage(@QueryParam("target") Long targetId, @QueryParam("asOf") String asOf) {
        callers.current();
        Target target = targetId == null ? coverage.defaultTarget()
                : coverage.target(targetId).orElseThrow(() -> new NotFoundException("Objectif inconnu : " + targetId));
        return coverage.coverage(target, date(asOf));
    }

    private static LocalDate date(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(ZoneId.of("Europe/Paris"));
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Date invalide : " + asOf + " (attendu : AAAA-MM-JJ).");
        }
    }
}
