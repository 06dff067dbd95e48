package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.Carrier;
import fr.normandie.ecoles.schools.CarrierContact;
import fr.normandie.ecoles.schools.CarrierFile;
import fr.normandie.ecoles.schools.CarrierForm;
import fr.normandie.ecoles.schools.Carriers;
import fr.normandie.ecoles.schools.ContactForm;
import fr.normandie.ecoles.schools.UnknownCarrierException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

/**
 * The carrying organisations and their contacts: everyone signed in reads them, project officers create and
 * edit them (the module checks the caller's role itself).
 */
@Path("carriers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class CarriersResource {

    @Inject
    Carriers carriers;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Les porteurs de projet, avec leurs contacts")
    public List<Carrier> list() {
        callers.current();
        return carriers.all();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Un porteur : ses contacts, ses projets et ses écoles")
    public CarrierFile get(@PathParam("id") String id) {
        callers.current();
        return carriers.find(carrierId(id)).orElseThrow(() -> UnknownCarrierException.carrier(null, id));
    }

    @POST
    @Operation(summary = "Créer un porteur (chargé de mission)")
    @RequestBody(description = "{name, legalForm, siren, nonProfit, address}")
    @APIResponse(responseCode = "201", description = "le porteur créé ; 409 si un porteur de ce nom existe")
    public Response create(String body, @Context UriInfo uri) {
        Carrier carrier = carriers.create(callers.current(), JsonBodies.read(body, CarrierForm.class, "Le porteur"));
        return Response.created(uri.getAbsolutePathBuilder().path(carrier.id().toString()).build())
                .entity(carrier).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Modifier un porteur (chargé de mission)")
    @RequestBody(description = "{name, legalForm, siren, nonProfit, address}")
    public Carrier edit(@PathParam("id") String id, String body) {
        return carriers.edit(callers.current(), carrierId(id), JsonBodies.read(body, CarrierForm.class, "Le porteur"));
    }

    @POST
    @Path("{id}/contacts")
    @Operation(summary = "Ajouter un contact au porteur (chargé de mission)")
    @RequestBody(description = "{name, role, email, phone}")
    @APIResponse(responseCode = "201", description = "le contact ajouté")
    public Response addContact(@PathParam("id") String id, String body, @Context UriInfo uri) {
        CarrierContact contact = carriers.addContact(callers.current(), carrierId(id),
                JsonBodies.read(body, ContactForm.class, "Le contact"));
        return Response.created(uri.getAbsolutePathBuilder().path(contact.id().toString()).build())
                .entity(contact).build();
    }

    @PUT
    @Path("{id}/contacts/{contactId}")
    @Operation(summary = "Modifier un contact du porteur (chargé de mission)")
    @RequestBody(description = "{name, role, email, phone}")
    public CarrierContact editContact(@PathParam("id") String id, @PathParam("contactId") String contactId,
                                      String body) {
        return carriers.editContact(callers.current(), carrierId(id), contactId(contactId),
                JsonBodies.read(body, ContactForm.class, "Le contact"));
    }

    @DELETE
    @Path("{id}/contacts/{contactId}")
    @Operation(summary = "Retirer un contact du porteur (chargé de mission)")
    @APIResponse(responseCode = "204", description = "le contact retiré")
    public Response removeContact(@PathParam("id") String id, @PathParam("contactId") String contactId) {
        carriers.removeContact(callers.current(), carrierId(id), contactId(contactId));
        return Response.noContent().build();
    }

    private static UUID carrierId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw UnknownCarrierException.carrier(null, id);
        }
    }

    private static UUID contactId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw UnknownCarrierException.contact(id);
        }
    }
}
