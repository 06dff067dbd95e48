package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.http.RelativeLocations;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.Map;

@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Écoles de production — Région Normandie", version = "1.0",
                description = "Le pilotage de l'ouverture des écoles de production : projets, étapes, tâches, "
                        + "couverture des départements. Erreurs au format RFC 9457 (application/problem+json)."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {

    /** A relative {@code Location} stays relative ({@link RelativeLocations}): never built from the Host header. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of(RelativeLocations.KEEP_RELATIVE_LOCATIONS, true);
    }
}
