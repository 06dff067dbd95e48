package fr.normandie.ecoles.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One client of the application's REST API (HTTP Basic, JSON), timing every request it sends. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final AtomicLong ERRORS = new AtomicLong();

    private final String base;
    private final HttpClient client;
    private final Latencies latencies;

    Http(String base, Latencies latencies) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.latencies = latencies;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }

    Answer get(String operation, String user, String path) {
        return send(operation, request(user, path).GET().build());
    }

    Answer post(String operation, String user, String path, Object body) {
        return send(operation, request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    Answer put(String operation, String user, String path, Object body) {
        return send(operation, request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    /** A GET with this client's session (after {@link #signIn}), no credentials. */
    Answer page(String operation, String path) {
        return send(operation, HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** Signs in through the sign-in page, as a person does: this client then holds a session. */
    void signIn(String user, String password) {
        Answer login = page("sign-in page", "login.xhtml");
        Matcher m = VIEW_STATE.matcher(login.body());
        if (!m.find()) {
            throw new IllegalStateException("No view state on the sign-in page");
        }
        String form = "signIn=signIn&signIn%3Acontinue=&signIn%3Ausername=" + enc(user) + "&signIn%3Apassword=" + enc(password)
                + "&signIn%3Asubmit=x&jakarta.faces.ViewState=" + enc(m.group(1));
        Answer answer = send("sign-in", HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.status() != 302 && answer.status() != 303 && answer.status() != 200) {
            throw new IllegalStateException("Sign-in refused: " + answer.status());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + Bench.password(user)).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json");
    }

    private Answer send(String operation, HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            if (operation != null) { // a measured request: set-up calls may meet what exists already (409)
                latencies.record(operation, elapsed);
                if (response.statusCode() >= 400) {
                    ERRORS.incrementAndGet();
                }
            }
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            ERRORS.incrementAndGet();
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
