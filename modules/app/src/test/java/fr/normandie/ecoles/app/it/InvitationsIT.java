package fr.normandie.ecoles.app.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * carriers: invite (issue 16). Carrier accounts by invitation, against a real SMTP server (GreenMail, on the port the
 * build reserved for the application's mails): an officer invites a carrier's contact from the carrier's page, the
 * mail's single-use link opens the public invitation page, where the person chooses a name and a password and lands on
 * the carriers' portal with an account acting for that carrier. A link used, expired, withdrawn or forged is refused
 * alike and writes nothing; the same link accepted twice at once opens one account; only officers and administrators
 * invite, never to an address that already has an account.
 */
class InvitationsIT extends InTheBrowser {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final ServerSetup SMTP = new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", "smtp");
    private static final Pattern LINK = Pattern.compile("(\\S+)/invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "porteur-mot-de-passe-1";
    private static final String REFUSAL = "Ce lien d'invitation n'est pas valable";

    private static GreenMail smtp;

    @BeforeAll
    static void startSmtpServer() {
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void anInviteeChoosesAPasswordAndLandsOnTheCarriersPortal() throws Exception {
        // Given a carrier, and its page as the project officer sees it
        String carrier = carrier("Association Bocage Formation");
        String address = "Elodie.Lefevre+" + suffix() + "@bocage.example";
        browser.signIn(Api.STAFF, Api.PASSWORD);
        browser.go("carriers/view.xhtml?id=" + carrier);
        browser.assertAccessible("the carrier's page with its invitations");

        // When the officer invites the carrier's contact there
        browser.type("invitation:fullName", "Élodie Lefèvre");
        browser.type("invitation:email", address);
        browser.submit("invitation:submit");

        // Then the invitation waits, a week long, and its mail carries the link, which no answer shows
        browser.waitForText(By.id("invitation-table"), "En attente");
        JsonPath invitations = api.as(Api.STAFF).get("api/carriers/" + carrier + "/invitations").then()
                .statusCode(200).extract().jsonPath();
        assertThat(invitations.getList("state")).containsExactly("PENDING");
        assertThat(Duration.between(Instant.now(), Instant.parse(invitations.getString("[0].expiresAt"))))
                .isBetween(Duration.ofDays(7).minusMinutes(5), Duration.ofDays(7));
        assertThat(invitations.prettify()).doesNotContainIgnoringCase("token");
        MimeMessage mail = mailTo(address);
        assertThat(mail.getSubject()).isEqualTo("Invitation à l’espace des porteurs de projet — " + nameOf(carrier));
        assertThat(text(mail)).contains("Bonjour Élodie Lefèvre", "ne sert qu’une fois");
        String token = token(mail);
        // the database keeps the token's SHA-256 alone
        assertThat(storedColumns(address)).contains(sha256(token)).noneMatch(column -> column.contains(token));
        browser.signOut();

        // When the invitee follows the link: an accessible page that proposes a name drawn from the address
        browser.go("invitation.xhtml?token=" + token);
        assertThat(browser.heading()).isEqualTo("Ouvrir votre compte de porteur de projet");
        assertThat(browser.text(By.id("invitation-carrier"))).isEqualTo(nameOf(carrier));
        String proposed = browser.value("accept:username");
        assertThat(proposed).isEqualTo("elodie.lefevre" + address.substring(address.indexOf('+') + 1, address.indexOf('@')));
        browser.assertAccessible("the invitation page");

        // a short password and two that differ are refused next to their field, and write nothing
        browser.type("accept:password", "court");
        browser.type("accept:confirmation", "court");
        browser.submit("accept:submit");
        assertThat(browser.text(By.id("accept:password-message"))).contains("au moins 12 caractères");
        browser.type("accept:password", PASSWORD);
        browser.type("accept:confirmation", PASSWORD + "x");
        browser.submit("accept:submit");
        assertThat(browser.text(By.id("accept:confirmation-message"))).contains("pas identiques");
        assertThat(account(proposed)).isNull();

        // and with the name proposed and a good password, they are signed in on their portal's home
        browser.type("accept:password", PASSWORD);
        browser.type("accept:confirmation", PASSWORD);
        browser.click("accept:submit");
        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/carrier/projects.xhtml"));

        // Then the account is a carrier's, acting for that carrier, with the invitee's address; the invitation is used
        Map<String, Object> account = account(proposed);
        assertThat(account).containsEntry("carrierId", carrier).containsEntry("roles", List.of("CARRIER"))
                .containsEntry("fullName", "Élodie Lefèvre").containsEntry("active", true);
        assertThat(api.as(Api.STAFF).get("api/carriers/" + carrier + "/invitations").then().statusCode(200)
                .extract().jsonPath().getList("state")).containsExactly("ACCEPTED");
        assertThat(api.admin().get("api/accounts/log?username=" + proposed).then().statusCode(200).extract()
                .jsonPath().getList("action")).containsExactly("OPENED_BY_INVITATION");
        assertThat(api.as(proposed, PASSWORD).get("api/accounts").statusCode())
                .as("the Region's paths stay closed to the carrier").isEqualTo(403);

        // and signing in again, with no page asked for, lands on the portal, not on the Region's dashboard
        browser.driver().manage().deleteAllCookies();
        browser.go("login.xhtml");
        browser.type("signIn:username", proposed);
        browser.type("signIn:password", PASSWORD);
        browser.click("signIn:submit");
        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/carrier/projects.xhtml"));
        browser.go("");
        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/carrier/projects.xhtml"));

        // When the link is followed again: a French refusal, no form, nothing written
        browser.driver().manage().deleteAllCookies();
        browser.go("invitation.xhtml?token=" + token);
        assertThat(browser.text(By.id("invitation-refused"))).startsWith(REFUSAL);
        assertThat(browser.driver().findElements(By.id("accept:submit"))).isEmpty();
        browser.assertAccessible("the refused invitation page");
        int accounts = accounts();
        api.anonymous().body(acceptance(token, "autre-nom", PASSWORD)).post("api/invitations/accept").then()
                .statusCode(404);
        assertThat(accounts()).isEqualTo(accounts);
    }

    /**
     * The carrier's year in the portal, in the browser (issue 16's journey): the invited contact opens the account, files
     * the backing's letters and submits the backing file, uploads and submits the opportunity study, answers the
     * officer's message and files its school's yearly results; each answer lands where the Region reads it.
     */
    @Test
    void theInvitedCarrierFilesItsStudyAnswersAMessageAndFilesItsYearlyResults() throws Exception {
        // Given a carrier with an open school (since 2024: the suite's history of Orne's coverage stays as it was),
        // whose contact is invited and opens the account
        String carrier = carrier("Association Parcours Complet");
        String carrierName = nameOf(carrier);
        String schoolName = "École du parcours " + suffix().substring(0, 8);
        String school = api.as(Api.STAFF).body(Map.of("name", schoolName, "carrierId", carrier, "departmentCode", "61",
                        "communeCode", "61001", "trades", List.of("Usinage"), "openedOn", "2024-09-02", "capacity", 16))
                .post("api/schools").then().statusCode(201).extract().path("id");
        String address = "parcours." + suffix() + "@alencon.example";
        invite(carrier, "Camille Parcours", address).then().statusCode(201);
        browser.go("invitation.xhtml?token=" + token(mailTo(address)));
        String username = browser.value("accept:username");
        browser.type("accept:password", PASSWORD);
        browser.type("accept:confirmation", PASSWORD);
        browser.click("accept:submit");
        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/carrier/projects.xhtml"));

        // And a project of that carrier registered now: its backing starts with the carrier's file
        String projectName = "Projet du parcours " + suffix().substring(0, 8);
        Map<String, Object> registration = new java.util.HashMap<>(Api.registration(projectName, "61", "61001"));
        registration.put("carrier", carrierName);
        String project = api.as(Api.STAFF).body(registration).post("api/projects").then().statusCode(201)
                .extract().path("id");
        Path pdf = Files.write(Files.createTempFile("dossier", ".pdf"),
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII));

        // When the carrier files its letters of support and submits the backing file
        upload(project, "territorial-backing", pdf);
        submitFile(project, "Lettres du maire et de la communauté de communes.");
        // Then staff accept the backing, and the study is the carrier's to file
        api.step(Api.STAFF, project, "territorial-backing", Api.backing(true));

        // When the carrier uploads its opportunity study and submits it
        upload(project, "opportunity-study", pdf);
        assertThat(browser.text(By.id("missing-section"))).doesNotContain("Étude d'opportunité");
        submitFile(project, "Étude réalisée avec la CCI.");
        // Then the study waits for the Region's instructor, with the carrier's file
        assertThat(api.task(Api.STAFF, project, "opportunity-study")).isNotBlank();
        assertThat(api.as(Api.VIEWER).get("api/projects/" + project + "/documents").jsonPath().getList("name"))
                .hasSize(2);

        // When the officer writes, and the carrier answers on its messages page
        api.as(Api.STAFF).body(Map.of("text", "Pouvez-vous préciser les effectifs prévus ?"))
                .post("api/projects/" + project + "/messages").then().statusCode(201);
        browser.go("carrier/messages.xhtml?project=" + project);
        assertThat(browser.text(By.id("message-list"))).contains("Pouvez-vous préciser les effectifs prévus ?");
        browser.type("message:text", "Douze jeunes la première année, vingt-quatre ensuite.");
        browser.submit("message:send");
        browser.waitForText(By.tagName("main"), "Votre message est envoyé.");
        browser.assertAccessible("carrier/messages.xhtml after an answer");
        assertThat(api.as(Api.STAFF).get("api/projects/" + project + "/messages").jsonPath().getList("text"))
                .contains("Douze jeunes la première année, vingt-quatre ensuite.");

        // When the carrier files its school's yearly results on its reports page
        browser.go("carrier/reports.xhtml?school=" + school);
        int schoolYear = Api.YEAR - 1;
        browser.type("results:schoolYear", String.valueOf(schoolYear));
        browser.type("results:pupilsUnder16", "2");
        browser.type("results:pupils16To18", "10");
        browser.type("results:pupilsOver18", "2");
        browser.type("results:referredByMissionLocale", "6");
        browser.type("results:diplomas:0:presented", "5");
        browser.type("results:diplomas:0:passed", "4");
        browser.type("results:leaversJob", "3");
        browser.type("results:leaversApprenticeship", "1");
        browser.type("results:leaversFurtherStudy", "1");
        browser.type("results:leaversOther", "0");
        browser.submit("results:submit");
        browser.waitFor(By.id("results-reports"));
        assertThat(browser.text(By.id("results-reports"))).contains(schoolYear + "-" + (schoolYear + 1),
                "Déposé, en attente de validation");
        browser.assertAccessible("carrier/reports.xhtml after filing");
        browser.screenshot("carrier-journey-results");
        // Then the Region has them to validate, not yet counted
        assertThat(api.as(Api.STAFF).get("api/schools/" + school + "/reports").jsonPath()
                .getList("results.state", String.class)).containsExactly("SUBMITTED");
        assertThat(api.as(Api.VIEWER).get("api/schools/" + school + "/results").jsonPath().getList("$")).isEmpty();
        assertThat(browser.consoleErrors()).as("no Content-Security-Policy violation on the way")
                .noneSatisfy(error -> assertThat(error).contains("Content Security Policy"));
    }

    /** The carrier sends the file on its documents page for the first expected document of the step. */
    private void upload(String project, String step, Path file) {
        browser.go("carrier/documents.xhtml?project=" + project);
        String item = "//section[h2[@id='step-" + step + "']]//li[contains(@class, 'expected-document')][1]";
        String field = browser.driver().findElement(By.xpath(item + "//input[@type='file']")).getAttribute("id");
        String send = browser.driver().findElement(By.xpath(item + "//input[@type='submit']")).getAttribute("id");
        browser.driver().findElement(By.id(field)).sendKeys(file.toString());
        browser.submit(send);
        assertThat(browser.text(By.id("messages"))).contains("déposé pour");
        browser.assertAccessible("carrier/documents.xhtml after an upload (" + step + ")");
    }

    /** The carrier submits the step's file open to it, with a comment. */
    private void submitFile(String project, String comment) {
        browser.go("carrier/submission.xhtml?project=" + project);
        assertThat(browser.heading()).contains("Dépôt de votre dossier");
        browser.type("submission:comment", comment);
        browser.submit("submission:submit");
        assertThat(browser.text(By.id("messages"))).contains("est envoyé à la Région");
        browser.assertAccessible("carrier/submission.xhtml after a submission");
    }

    @Test
    void expiredWithdrawnAndForgedLinksAreRefusedAlikeAndWriteNothing() throws Exception {
        String carrier = carrier("Association Pays d'Auge Métiers");
        // Given an invitation whose time ran out, one withdrawn, and a forged token
        String late = "retard." + suffix() + "@auge.example";
        invite(carrier, "Paul Retard", late).then().statusCode(201);
        String lateToken = token(mailTo(late));
        try (Connection db = EngineTables.open(); PreparedStatement expire = db.prepareStatement(
                "update accounts.invitation set expires_at = expires_at - interval '8 days' where email = ?")) {
            expire.setString(1, late);
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        String withdrawn = "retire." + suffix() + "@auge.example";
        String withdrawnId = invite(carrier, "Rita Retirée", withdrawn).then().statusCode(201).extract().path("id");
        String withdrawnToken = token(mailTo(withdrawn));
        assertThat(api.as(Api.STAFF).delete("api/carriers/" + carrier + "/invitations/" + withdrawnId).then()
                .statusCode(200).extract().<String>path("state")).isEqualTo("WITHDRAWN");
        int accounts = accounts();
        String log = adminLog();

        // When each is accepted, Then each is refused with the same answer, and nothing is written
        List<String> details = new ArrayList<>();
        for (String token : List.of(lateToken, withdrawnToken, "forged-" + suffix(), "x".repeat(5000))) {
            Response refused = api.anonymous().body(acceptance(token, "nom-" + suffix().substring(0, 8), PASSWORD))
                    .post("api/invitations/accept");
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            details.add(refused.path("detail"));
            browser.go("invitation.xhtml?token=" + token.substring(0, Math.min(token.length(), 200)));
            assertThat(browser.text(By.id("invitation-refused"))).startsWith(REFUSAL);
        }
        assertThat(details).allMatch(detail -> detail.startsWith(REFUSAL)).containsOnly(details.get(0));
        assertThat(accounts()).isEqualTo(accounts);
        assertThat(adminLog()).isEqualTo(log);
        assertThat(api.as(Api.STAFF).get("api/carriers/" + carrier + "/invitations").then().statusCode(200)
                .extract().jsonPath().getList("state")).containsExactlyInAnyOrder("EXPIRED", "WITHDRAWN");
        assertThat(storedColumns(late)).contains(sha256(lateToken));

        // and an expired invitation's address may be invited again; a withdrawn one's too
        invite(carrier, "Paul Retard", late).then().statusCode(201);
        invite(carrier, "Rita Retirée", withdrawn).then().statusCode(201);

        // and a withdrawn invitation is not withdrawn twice; an unknown one is not found
        api.as(Api.STAFF).delete("api/carriers/" + carrier + "/invitations/" + withdrawnId).then().statusCode(409);
        api.as(Api.STAFF).delete("api/carriers/" + carrier + "/invitations/" + UUID.randomUUID()).then().statusCode(404);
        api.as(Api.STAFF).delete("api/carriers/" + carrier + "/invitations/not-a-uuid").then().statusCode(404);
        api.as(Api.STAFF).delete("api/carriers/" + carrier("Autre porteur") + "/invitations/" + withdrawnId).then()
                .statusCode(404);

        // and an open link with a bad name or password is refused field by field, and stays open
        String open = "ouvert." + suffix() + "@auge.example";
        invite(carrier, "Olga Ouverte", open).then().statusCode(201);
        String openToken = token(mailTo(open));
        Response bad = api.anonymous().body(acceptance(openToken, "Nom Avec Espaces", "court"))
                .post("api/invitations/accept");
        assertThat(bad.statusCode()).as(bad.asString()).isEqualTo(422);
        assertThat(bad.jsonPath().getList("errors.field")).containsExactlyInAnyOrder("username", "password");
        api.anonymous().body(Map.of("token", 5, "username", List.of(), "password", "x")).post("api/invitations/accept")
                .then().statusCode(400);
        api.anonymous().body("").post("api/invitations/accept").then().statusCode(400);
        api.anonymous().body(acceptance(openToken, Api.STAFF, PASSWORD)).post("api/invitations/accept").then()
                .statusCode(409);
        assertThat(accounts()).isEqualTo(accounts);
        assertThat(api.anonymous().body(acceptance(openToken, "olga-" + suffix().substring(0, 8), PASSWORD))
                .post("api/invitations/accept").statusCode()).isEqualTo(201);
    }

    @Test
    void theSameLinkAcceptedTwiceAtOnceOpensOneAccount() throws Exception {
        String carrier = carrier("Association Caux Apprentissage");
        String address = "double." + suffix() + "@caux.example";
        invite(carrier, "Denis Double", address).then().statusCode(201);
        String token = token(mailTo(address));
        int accounts = accounts();

        // When two acceptances of the same link run at the same moment, with different names
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                String username = "double-" + i + "-" + suffix().substring(0, 6);
                Callable<Integer> accept = () -> {
                    start.await();
                    return api.anonymous().body(acceptance(token, username, PASSWORD)).post("api/invitations/accept")
                            .statusCode();
                };
                answers.add(pool.submit(accept));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }

            // Then exactly one opens an account, the others are refused
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 404);
        } finally {
            pool.shutdownNow();
        }
        assertThat(accounts()).isEqualTo(accounts + 1);
        assertThat(api.admin().get("api/accounts").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.carrierId == '" + carrier + "' }.username")).hasSize(1);
    }

    @Test
    void onlyOfficersInviteAndNeverToAnAddressThatHasAnAccount() throws Exception {
        String carrier = carrier("Association Avranches Savoir-Faire");
        api.admin().body(Map.of("username", "porteur-" + suffix().substring(0, 8), "password", PASSWORD,
                "fullName", "Porteur existant", "roles", List.of("CARRIER"), "carrier", carrier))
                .post("api/accounts").then().statusCode(201);
        String carrierAccount = api.admin().get("api/accounts").then().extract().jsonPath()
                .getString("find { it.carrierId == '" + carrier + "' }.username");
        int invitations = invitations();
        // the accounts' page shows a carrier's account's carrier
        browser.signIn("admin", System.getProperty("it.admin.password"));
        browser.go("admin/accounts.xhtml");
        assertThat(browser.text(By.id("account-table"))).contains("Porteur : " + nameOf(carrier));

        // Given people who are no officers: refused, and nothing written
        String address = "refus." + suffix() + "@avranches.example";
        for (String who : List.of(Api.AUDITOR, Api.FUNDING, Api.VIEWER, carrierAccount)) {
            assertThat(api.as(who, who.equals(carrierAccount) ? PASSWORD : Api.PASSWORD)
                    .body(Map.of("fullName", "X", "email", address))
                    .post("api/carriers/" + carrier + "/invitations").statusCode()).as(who).isEqualTo(403);
        }
        api.as(Api.AUDITOR).get("api/carriers/" + carrier + "/invitations").then().statusCode(403);
        api.as(carrierAccount, PASSWORD).get("api/carriers/" + carrier + "/invitations").then().statusCode(403);
        api.anonymous().body(Map.of("fullName", "X", "email", address))
                .post("api/carriers/" + carrier + "/invitations").then().statusCode(401);
        // the administrator may
        invite(carrier, "Adèle Admin", address, api.admin()).then().statusCode(201);
        assertThat(invitations()).isEqualTo(invitations + 1);

        // When the invitation is to an address that has an active account, or already invited: refused
        String colleague = "collegue." + suffix() + "@region.example";
        api.admin().body(Map.of("email", colleague)).put("api/accounts/" + Api.STAFF_2 + "/email").then().statusCode(204);
        try {
            Response taken = invite(carrier, "Collègue", colleague.toUpperCase());
            assertThat(taken.statusCode()).as(taken.asString()).isEqualTo(409);
            assertThat(taken.jsonPath().getString("detail")).contains("a déjà un compte actif");
        } finally {
            api.admin().body(Map.of("email", "")).put("api/accounts/" + Api.STAFF_2 + "/email").then().statusCode(204);
        }
        invite(carrier, "Encore", address).then().statusCode(409);

        // and bad input: field by field; an unknown carrier: not found; nothing written
        Response bad = invite(carrier, "", "pas-une-adresse");
        assertThat(bad.statusCode()).as(bad.asString()).isEqualTo(422);
        assertThat(bad.jsonPath().getList("errors.field")).contains("fullName");
        invite(carrier, "Nom", "pas-une-adresse").then().statusCode(422);
        invite(carrier, "N".repeat(201), "long." + suffix() + "@x.example").then().statusCode(422);
        invite(UUID.randomUUID().toString(), "Nom", "inconnu." + suffix() + "@x.example").then().statusCode(404);
        invite("pas-un-id", "Nom", "inconnu." + suffix() + "@x.example").then().statusCode(404);
        api.as(Api.STAFF).body(Map.of("fullName", 5, "email", List.of("e@x.example")))
                .post("api/carriers/" + carrier + "/invitations").then().statusCode(400);
        assertThat(invitations()).isEqualTo(invitations + 1);
    }

    // helpers

    private String carrier(String name) {
        String unique = name + " " + suffix();
        return api.as(Api.STAFF).body(Map.of("name", unique, "legalForm", "Association loi 1901", "nonProfit", true,
                "address", "1 rue de l'Exemple, 14000 Caen")).post("api/carriers").then().statusCode(201)
                .extract().path("id");
    }

    private String nameOf(String carrier) {
        return api.as(Api.STAFF).get("api/carriers/" + carrier).then().statusCode(200).extract().path("carrier.name");
    }

    private Response invite(String carrier, String fullName, String email) {
        return invite(carrier, fullName, email, api.as(Api.STAFF));
    }

    private static Response invite(String carrier, String fullName, String email,
                                   io.restassured.specification.RequestSpecification who) {
        return who.body(Map.of("fullName", fullName, "email", email)).post("api/carriers/" + carrier + "/invitations");
    }

    private static Map<String, Object> acceptance(String token, String username, String password) {
        return Map.of("token", token, "username", username, "password", password);
    }

    private Map<String, Object> account(String username) {
        Response found = api.admin().get("api/accounts/" + username);
        return found.statusCode() == 404 ? null : found.then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private int accounts() {
        return api.admin().get("api/accounts").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private String adminLog() {
        return api.admin().get("api/accounts/log?max=20").then().statusCode(200).extract().asString();
    }

    private static int invitations() throws SQLException {
        try (Connection db = EngineTables.open(); ResultSet count = db.createStatement()
                .executeQuery("select count(*) from accounts.invitation")) {
            count.next();
            return count.getInt(1);
        }
    }

    /** Every column of the invitation to that address, as text. */
    private static List<String> storedColumns(String address) throws SQLException {
        try (Connection db = EngineTables.open(); PreparedStatement row = db.prepareStatement(
                "select * from accounts.invitation where email = ?")) {
            row.setString(1, address);
            try (ResultSet found = row.executeQuery()) {
                assertThat(found.next()).isTrue();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= found.getMetaData().getColumnCount(); i++) {
                    columns.add(String.valueOf(found.getObject(i)));
                }
                return columns;
            }
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static MimeMessage mailTo(String address) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
                try {
                    return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                            .anyMatch(to -> to.toString().equalsIgnoreCase(address));
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            if (!found.isEmpty()) {
                assertThat(found).as("one mail to " + address).hasSize(1);
                return found.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail to " + address + " within " + PATIENCE);
    }

    /** The token of the mail's link, which points to the invitation page on the application's public address. */
    private static String token(MimeMessage mail) {
        Matcher link = LINK.matcher(text(mail));
        assertThat(link.find()).as(text(mail)).isTrue();
        assertThat(link.group(1)).startsWith("http");
        return link.group(2);
    }

    private static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
