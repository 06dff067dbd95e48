package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.funding.AidFigures;
import fr.normandie.ecoles.funding.AidPerPupil;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

import static fr.normandie.ecoles.app.rest.EnvelopesResource.FUNDING_READERS;

/** Euros per pupil that mean something: operating aid paid in a school year over that year's pupils. */
@Path("aid-per-pupil")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AidPerPupilResource {

    @Inject
    AidFigures aid;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "L'aide au fonctionnement versée pendant une année scolaire (schoolYear : celle qui "
            + "commence en septembre), par élève, par école ou par département (by=department, la région en dernier) ; "
            + "l'investissement versé à part")
    public List<AidPerPupil> list(@QueryParam("schoolYear") int schoolYear, @QueryParam("by") String by) {
        callers.requireAny(FUNDING_READERS);
        return "department".equals(by) ? aid.perDepartment(schoolYear) : aid.perSchool(schoolYear);
    }
}
