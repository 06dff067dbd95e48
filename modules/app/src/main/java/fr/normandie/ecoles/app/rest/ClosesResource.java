package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.funding.YearClose;
import fr.normandie.ecoles.funding.YearCloses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import static fr.normandie.ecoles.app.rest.EnvelopesResource.FUNDING_READERS;

/** The close of each budget year and its export for the accounting system. */
@Path("closes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ClosesResource {

    @Inject
    YearCloses closes;

    @Inject
    Callers callers;

    @GET
    @Path("{year: \\d{4}}")
    @Operation(summary = "La clôture d'un exercice : engagé, désengagé, payé, reste à payer reporté, par nature, "
            + "par école et par département")
    public YearClose close(@PathParam("year") int year) {
        callers.requireAny(FUNDING_READERS);
        return closes.close(year);
    }

    @GET
    @Path("{year: \\d{4}}.{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Les mouvements d'un exercice (une ligne par engagement, mandat, désengagement), avec "
            + "délibération, SIREN et ligne budgétaire, en CSV ou en XLSX")
    public Response export(@PathParam("year") int year, @PathParam("format") String format) {
        callers.requireAny(FUNDING_READERS);
        return Downloads.attachment(closes.export(year, Downloads.format(format)));
    }
}
