package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Account;
import fr.normandie.ecoles.app.security.Accounts;
import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.app.security.AdministrationLogEntry;
import fr.normandie.ecoles.app.security.NewAccount;
import fr.normandie.ecoles.app.security.PasswordReset;
import fr.normandie.ecoles.app.security.RoleChange;
import fr.normandie.ecoles.app.security.UnknownAccountException;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.List;
import java.util.Optional;

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
        Caller caller = callers.requireAny(Role.ADMIN);
        Account opened = accounts.open(caller, JsonBodies.read(body, NewAccount.class, "Le compte"));
        return Response.created(uri.getAbsolutePathBuilder().path(opened.username()).build()).entity(opened).build();
    }

    // account administration (issue 15)

    @GET
    @Path("log")
    @Operation(summary = "Le journal d'administration des comptes, le plus récent d'abord (administrateur)")
    public List<AdministrationLogEntry> log(@QueryParam("username") String username,
                                            @QueryParam("max") @DefaultValue("100") int max) {
        Caller caller = callers.requireAny(Role.ADMIN);
        return accounts.log(caller, Optional.ofNullable(username).filter(u -> !u.isBlank()), Page.of(0, max).max());
    }

    @GET
    @Path("{username}")
    @Operation(summary = "Un compte (administrateur)")
    public Account account(@PathParam("username") String username) {
        callers.requireAny(Role.ADMIN);
        return accounts.find(username).orElseThrow(() -> new UnknownAccountException(username));
    }

    @POST
    @Path("{username}/deactivate")
    @Operation(summary = "Désactiver un compte : refusé dès sa requête suivante (administrateur)")
    public Account deactivate(@PathParam("username") String username) {
        return accounts.deactivate(callers.requireAny(Role.ADMIN), username);
    }

    @POST
    @Path("{username}/reactivate")
    @Operation(summary = "Réactiver un compte (administrateur)")
    public Account reactivate(@PathParam("username") String username) {
        return accounts.reactivate(callers.requireAny(Role.ADMIN), username);
    }

    @PUT
    @Path("{username}/roles")
    @Operation(summary = "Remplacer les rôles d'un compte (administrateur)")
    @RequestBody(description = "{roles[]}")
    public Account changeRoles(@PathParam("username") String username, String body) {
        Caller caller = callers.requireAny(Role.ADMIN);
        return accounts.changeRoles(caller, username, JsonBodies.read(body, RoleChange.class, "Les rôles"));
    }

    /** The answer of a password drawn by the application: given once, never kept in clear. */
    public record DrawnPassword(String password) {
    }

    @POST
    @Path("{username}/password")
    @Operation(summary = "Réinitialiser le mot de passe d'un compte (administrateur) : celui donné (12 caractères au "
            + "moins, 204), ou, sans corps ni mot de passe, un mot de passe tiré par l'application et rendu une fois (200)")
    @RequestBody(description = "{password} ou rien")
    public Response resetPassword(@PathParam("username") String username, String body) {
        Caller caller = callers.requireAny(Role.ADMIN);
        PasswordReset reset = body == null || body.isBlank() ? new PasswordReset(null)
                : JsonBodies.read(body, PasswordReset.class, "Le mot de passe");
        return accounts.resetPassword(caller, username, reset)
                .map(drawn -> Response.ok(new DrawnPassword(drawn)).build())
                .orElseGet(() -> Response.noContent().build());
    }
}
