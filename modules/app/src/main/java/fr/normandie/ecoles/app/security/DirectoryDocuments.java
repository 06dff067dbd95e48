package fr.normandie.ecoles.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What the directory publishes about itself: its discovery document (kept once read: its endpoints do not
 * move while the application runs) and the documents it names (its keys). Out of reach:
 * {@link DirectoryUnreachableException}.
 */
@ApplicationScoped
public class DirectoryDocuments {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    DirectorySettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile JsonObject discovery;

    /** The provider's metadata ({@code /.well-known/openid-configuration}). */
    JsonObject discovery() {
        if (discovery == null) {
            discovery = get(settings.discovery());
        }
        return discovery;
    }

    JsonObject get(URI address) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(address).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new DirectoryUnreachableException("the directory answered " + response.statusCode() + " at "
                        + address, null);
            }
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new DirectoryUnreachableException("the directory cannot be reached at " + address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
