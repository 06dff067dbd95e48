package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.notifications.NotificationPreferences;
import fr.normandie.ecoles.app.notifications.NotificationSettings;
import fr.normandie.ecoles.app.notifications.OutboxEntry;
import fr.normandie.ecoles.app.notifications.OutboxMails;
import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.kernel.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.List;

/** The caller's notification settings, and the outbox for the administrator. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class NotificationsResource {

    @Inject
    NotificationPreferences preferences;

    @Inject
    OutboxMails outbox;

    @Inject
    Callers callers;

    @GET
    @Path("preferences")
    @Operation(summary = "Mon adresse électronique et, pour chaque type de notification, quand je la reçois")
    public NotificationSettings mine() {
        return preferences.of(callers.current());
    }

    @PUT
    @Path("preferences")
    @Operation(summary = "Changer mon adresse électronique et mes choix : IMMEDIATE, DIGEST ou NONE par type")
    @RequestBody(description = "{email, preferences:[{kind, delivery}]}")
    public NotificationSettings change(String body) {
        return preferences.change(callers.current(), JsonBodies.read(body, NotificationSettings.class, "Les préférences"));
    }

    @GET
    @Path("outbox")
    @Operation(summary = "Les derniers courriels de la boîte d'envoi, les plus récents d'abord (administrateur)")
    public List<OutboxEntry> outbox(@QueryParam("max") @DefaultValue("100") int max) {
        callers.requireAny(Role.ADMIN);
        return outbox.recent(Math.max(1, Math.min(max, 500)));
    }
}
