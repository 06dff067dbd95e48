package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.audits.CatalogueDraft;
import fr.normandie.ecoles.audits.CatalogueVersion;
import fr.normandie.ecoles.audits.CriteriaCatalogue;
import fr.normandie.ecoles.audits.UnknownCatalogueVersionException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.List;

/**
 * The FNEP label's criteria catalogue. Versions are answered as untyped entities: their themes and
 * criteria carry Bean Validation, on which Payara's OpenAPI generator fails (payara/Payara#7649).
 */
@Path("criteria")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CriteriaResource {

    @Inject
    CriteriaCatalogue catalogue;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Les versions publiées du cahier des charges du label FNEP, la plus récente d'abord")
    public List<CatalogueVersion.Summary> versions() {
        callers.current();
        return catalogue.versions();
    }

    @GET
    @Path("current")
    @Operation(summary = "La version en vigueur du cahier des charges : thèmes, critères, indications pour l'auditeur")
    public Response current() {
        callers.current();
        return Response.ok(catalogue.current()).build();
    }

    @GET
    @Path("{number}")
    @Operation(summary = "Une version du cahier des charges")
    public Response version(@PathParam("number") int number) {
        callers.current();
        return Response.ok(catalogue.version(number).orElseThrow(() -> new UnknownCatalogueVersionException(number)))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publier une nouvelle version du cahier des charges (administrateur) ; les audits gardent la leur")
    @RequestBody(description = "{note, themes:[{code, title, criteria:[{code, wording, guidance}]}]}")
    public Response publish(String body, @Context UriInfo uri) {
        CatalogueVersion published = catalogue.publish(
                JsonBodies.read(body, CatalogueDraft.class, "Le cahier des charges"), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(published.number())).build())
                .entity(published).build();
    }
}
