package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.schools.ExportFormat;
import fr.normandie.ecoles.app.exports.Exports;
import fr.normandie.ecoles.app.security.Callers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("exports")
@RequestScoped
public class ExportsResource {

    @Inject
    Exports exports;

    @Inject
    TargetDates targetDates;

    @Inject
    Callers callers;

    @GET
    @Path("{dataset}.{format}")
    @Operation(summary = "Télécharger projects, schools, results ou coverage en csv ou xlsx (en-têtes en français)")
    public Response download(@PathParam("dataset") String dataset, @PathParam("format") String format,
                             @QueryParam("target") Long target, @QueryParam("asOf") String asOf) {
        callers.current();
        Exports.Dataset what = Exports.Dataset.of(dataset)
                .orElseThrow(() -> new NotFoundException("Export inconnu : " + dataset));
        ExportFormat how = ExportFormat.ofExtension(format)
                .orElseThrow(() -> new NotFoundException("Format inconnu : " + format));
        byte[] content = how.render(exports.table(what, targetDates.target(target), targetDates.date(asOf)));
        return Response.ok(content, how.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + dataset + "." + how.extension() + "\"")
                .build();
    }
}
