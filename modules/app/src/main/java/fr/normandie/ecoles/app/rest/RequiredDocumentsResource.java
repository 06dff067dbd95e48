package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.RequiredDocument;
import fr.normandie.ecoles.schools.RequiredDocuments;
import fr.normandie.ecoles.schools.RequiredDocumentsForm;
import fr.normandie.ecoles.schools.UnknownStepException;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.List;

/** The documents each step expects (issue 16): read by everyone signed in, carriers included; set by administrators. */
@Path("steps/{key}/required-documents")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RequiredDocumentsResource {

    @Inject
    RequiredDocuments requiredDocuments;

    @Inject
    Steps steps;

    @Inject
    Callers callers;

    @GET
    @OpenToCarriers
    @Operation(summary = "Les documents attendus à une étape, dans l'ordre, obligatoires ou non")
    public List<RequiredDocument> list(@PathParam("key") String key) {
        callers.current();
        return requiredDocuments.of(step(key).key());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fixer les documents attendus à une étape (administrateur) : la liste entière, dans l'ordre")
    @RequestBody(description = "{documents: [{id (pour garder un document attendu), label, mandatory}]}")
    public List<RequiredDocument> set(@PathParam("key") String key, String body) {
        RequiredDocumentsForm form = JsonBodies.read(body, RequiredDocumentsForm.class, "Les documents attendus");
        return requiredDocuments.set(key, form, callers.current());
    }

    private Step step(String key) {
        return steps.ofKey(key).orElseThrow(() -> new UnknownStepException(key));
    }
}
