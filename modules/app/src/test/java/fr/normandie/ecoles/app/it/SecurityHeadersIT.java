package fr.normandie.ecoles.app.it;

import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers of a public-sector site on every kind of answer, the session cookie's flags with and without a
 * proxy that ends HTTPS, redirects that never copy a forged Host, and a stale form after its session ended.
 */
class SecurityHeadersIT extends DeployedApplication {

    private static final String SESSION_COOKIE = "JSESSIONID";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Test
    void pagesAnswerWithTheSecurityHeadersSignedInOrNot() {
        Response signInPage = page().get("login.xhtml");
        assertSecurityHeaders(signInPage, "the sign-in page");
        assertThat(signInPage.getHeader("Cache-Control")).isEqualTo("no-store");

        Map<String, String> session = signIn(STAFF, page());
        for (String path : List.of("dashboard.xhtml", "inbox.xhtml", "projects/list.xhtml", "projects/new.xhtml")) {
            Response signedIn = page().cookies(session).get(path);
            assertThat(signedIn.statusCode()).as(path).isEqualTo(200);
            assertSecurityHeaders(signedIn, path);
            assertThat(signedIn.getHeader("Cache-Control")).as(path).isEqualTo("no-store");
            assertThat(signedIn.asString()).as(path + " has no inline script nor event handler")
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("\\son[a-z]+=\"");
        }
    }

    @Test
    void apiAnswersDownloadsAndRefusalsCarryThemToo() {
        String project = api.register("14", "14118");
        for (Response answer : List.of(api.as(VIEWER).get("api/projects"),
                api.as(VIEWER).get("api/projects/" + project + "/file"),
                api.as(VIEWER).accept("*/*").get("api/exports/projects.csv"),
                api.as(VIEWER).accept("*/*").get("api/exports/schools.xlsx"),
                api.anonymous().get("api/projects"),
                api.as(VIEWER).get("api/projects/not-a-project"))) {
            assertSecurityHeaders(answer, "an API answer " + answer.statusCode());
            assertThat(answer.getHeader("Cache-Control")).as("an API answer").isEqualTo("no-store");
        }
    }

    @Test
    void staticResourcesMayBeCachedButAreNeverSniffed() {
        Response style = page().get("jakarta.faces.resource/css/app.css.xhtml");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.getHeaders().getValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(style.getHeader("Cache-Control")).isNotEqualTo("no-store");
    }

    @Test
    void theSessionCookieIsLaxAndHttpOnlyAndSecureOnlyWhenTheProxySaysHttps() {
        String plain = sessionCookie(page().get("login.xhtml"));
        assertThat(attributes(plain)).contains("httponly", "samesite=lax").doesNotContain("secure");

        String proxied = sessionCookie(page().header("X-Forwarded-Proto", "https").get("login.xhtml"));
        assertThat(attributes(proxied)).contains("httponly", "samesite=lax", "secure");

        RequestSpecification https = page().header("X-Forwarded-Proto", "https");
        Response signedIn = signInAnswer(STAFF, https, page().header("X-Forwarded-Proto", "https"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(attributes(sessionCookie(signedIn))).as("the signed-in session's new cookie")
                .contains("httponly", "samesite=lax", "secure");
        assertThat(signedIn.getHeader("Strict-Transport-Security")).startsWith("max-age=");
    }

    @Test
    void redirectsNameAPathAndNeverTheHostTheRequestClaims() {
        Response toSignIn = page().header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .get("projects/list.xhtml");
        assertThat(toSignIn.statusCode()).isEqualTo(302);
        assertThat(toSignIn.getHeader("Location")).startsWith("/login.xhtml?continue=").doesNotContain("evil");

        Response signedIn = signInAnswer(STAFF, page(), page().header("Host", "evil.example"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.getHeader("Location")).isEqualTo("/dashboard.xhtml");

        Response created = api.as(STAFF).header("Host", "evil.example")
                .body(Api.registration("École de production de Dieppe", "76", "76217")).post("api/projects");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.getHeader("Location")).as("the API's Location of what it created")
                .matches("/api/projects/[0-9a-f-]{36}");
    }

    @Test
    void aFormPostedAfterItsSessionEndedAnswersTheFrenchExpiredPage() {
        Response signInPage = page().get("login.xhtml");
        String viewState = viewState(signInPage);

        Response stale = page().cookie(SESSION_COOKIE, "ended-session").contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("signIn", "signIn", "signIn:username", STAFF, "signIn:password", Api.PASSWORD,
                        "signIn:submit", "Se connecter", "jakarta.faces.ViewState", viewState))
                .post("login.xhtml");

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.asString()).contains("Session expirée")
                .contains("rien n’a été enregistré").doesNotContain("Erreur");
        assertSecurityHeaders(stale, "the expired page");
    }

    private static void assertSecurityHeaders(Response answer, String what) {
        String policy = answer.getHeader("Content-Security-Policy");
        assertThat(policy).as(what + ": Content-Security-Policy").contains("default-src 'self'")
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe");
        assertThat(answer.getHeaders().getValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        assertThat(answer.getHeaders().getValues("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(answer.getHeader("Referrer-Policy")).as(what).isEqualTo("same-origin");
    }

    /** A browser's request: no redirect followed, HTML accepted. */
    private RequestSpecification page() {
        return RestAssured.given().baseUri(base.toString()).accept("text/html")
                .config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)));
    }

    /** The session of a person signed in through the sign-in page. */
    private Map<String, String> signIn(String user, RequestSpecification page) {
        Response answer = signInAnswer(user, page, page());
        assertThat(answer.statusCode()).as("signing in as " + user).isEqualTo(302);
        return Map.of(SESSION_COOKIE, answer.getCookie(SESSION_COOKIE));
    }

    /** The answer to the sign-in form: fetched with {@code get}, sent with {@code post}. */
    private Response signInAnswer(String user, RequestSpecification get, RequestSpecification post) {
        Response form = get.get("login.xhtml");
        return post.cookie(SESSION_COOKIE, form.getCookie(SESSION_COOKIE))
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("signIn", "signIn", "signIn:continue", "", "signIn:username", user,
                        "signIn:password", Api.PASSWORD, "signIn:submit", "Se connecter",
                        "jakarta.faces.ViewState", viewState(form)))
                .post("login.xhtml");
    }

    private static String viewState(Response page) {
        Matcher found = VIEW_STATE.matcher(page.asString());
        assertThat(found.find()).as("the page's view state").isTrue();
        return found.group(1);
    }

    private static String sessionCookie(Response answer) {
        return answer.getHeaders().getValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(SESSION_COOKIE + "=")).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer.getHeaders()));
    }

    private static List<String> attributes(String cookie) {
        return Pattern.compile(";").splitAsStream(cookie).skip(1).map(a -> a.trim().toLowerCase()).toList();
    }
}
