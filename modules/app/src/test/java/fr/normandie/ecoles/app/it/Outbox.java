package fr.normandie.ecoles.app.it;

import io.restassured.response.Response;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared node's outbox as its administrator sees it: its mails ({@code api/notifications/outbox}) and the
 * rounds of its worker ({@code ecoles_notifications_rounds}, {@code ecoles_due_checks} in the metrics). {@link
 * #settled} is how a test shows that no further mail comes: instead of sleeping for a guessed while, it waits for what
 * could still send one to have run after it looked.
 */
final class Outbox {

    /** How long two rounds of each kind may take on a loaded machine (one a second in the tests). */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private Outbox() {
    }

    /**
     * Waits until two outbox rounds and two checks of what falls due have ended since this call (so that one of each
     * began after it: a digest gathered again, a due date told again or a mail sent twice would be in the outbox by
     * then), and no mail whose body names {@code about} waits in the outbox (what they queued has left, so that the
     * SMTP server has received everything there is to receive).
     */
    static void settled(Api api, String about) throws InterruptedException {
        long rounds = counter(api, "ecoles_notifications_rounds");
        long checks = counter(api, "ecoles_due_checks");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (counter(api, "ecoles_due_checks") >= checks + 2 && counter(api, "ecoles_notifications_rounds") >= rounds + 2
                    && waiting(api, about).isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the outbox did not settle within " + PATIENCE + ": " + waiting(api, about));
    }

    /** The outbox's mails naming {@code about} still to send. */
    private static List<Map<String, Object>> waiting(Api api, String about) {
        Response response = api.admin().queryParam("max", 500).get("api/notifications/outbox");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        List<Map<String, Object>> mails = response.jsonPath().getList("$");
        return mails.stream().filter(mail -> "PENDING".equals(mail.get("state")))
                .filter(mail -> ((String) mail.get("body")).contains(about)).toList();
    }

    /** A counter of the application's metrics (Prometheus format: {@code name_total{...} value}). */
    private static long counter(Api api, String name) {
        String metrics = api.admin().accept("text/plain").get("metrics?scope=application").asString();
        Matcher value = Pattern.compile("(?m)^" + name + "_total(?:\\{[^}]*\\})? ([0-9.eE+]+)$").matcher(metrics);
        assertThat(value.find()).as(name + " in the metrics").isTrue();
        return (long) Double.parseDouble(value.group(1));
    }
}
