package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Account;
import fr.normandie.ecoles.app.security.Accounts;
import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.app.security.NewAccount;
import fr.normandie.ecoles.kernel.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import java.util.List;

@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class AccountsResource {

    @Inject
    Accounts accounts;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Les comptes (administrateur)")
    public List<Account> list() {
        callers.requireAny(Role.ADMIN);
        return accounts.all();
    }

    /** The body of an address change. */
    public record EmailChange(String email) {
    }

    @PUT
    @Path("{username}/email")
    @Operation(summary = "Changer l'adresse électronique d'un compte (administrateur, ou la personne elle-même) ; vide : aucune")
    @RequestBody(description = "{email}")
    public Response changeEmail(@PathParam("username") String username, String body) {
        accounts.changeEmail(callers.current(), username, JsonBodies.read(body, EmailChange.class, "L'adresse").email());
        return Response.noContent().build();
    }

    @POST
    @Operation(summary = "Ouvrir un compte avec ses rôles (administrateur)")
    @RequestBody(description = "{username, password (12 caractères au moins), fullName, roles[]}")
    public Response open(String body, @Context UriInfo uri) {
        callers.requireAny(Role.ADMIN);
        Account opened = accounts.open(JsonBodies.read(body, NewAccount.class, "Le compte"));
        return Response.created(uri.getAbsolutePathBuilder().path(opened.username()).build()).entity(opened).build();
    }
}
