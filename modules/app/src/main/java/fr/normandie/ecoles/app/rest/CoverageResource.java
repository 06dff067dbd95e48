package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.Coverage;
import fr.normandie.ecoles.schools.DepartmentCoverage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

@Path("coverage")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CoverageResource {

    @Inject
    Coverage coverage;

    @Inject
    TargetDates targetDates;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Chaque département face à un objectif (par défaut celui de 2019) à une date (par défaut aujourd'hui)")
    public List<DepartmentCoverage> coverage(@QueryParam("target") Long target, @QueryParam("asOf") String asOf) {
        callers.current();
        return coverage.coverage(targetDates.target(target), targetDates.date(asOf));
    }
}
