package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.app.web.dashboard.DashboardFigures;
import fr.normandie.ecoles.fixtures.StepForms;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.STAFF_2;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/** What people do in the web application, in the system's Chromium, on the deployed WAR. */
class WebApplicationBrowserIT extends InTheBrowser {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");


    @Test
    void anOfficerTakesAProjectFromRegistrationToTheLabelStep() {
        browser.signIn(STAFF, PASSWORD);
        browser.go("projects/new.xhtml");
        assertThat(browser.heading()).isEqualTo("Enregistrer un projet d’école");
        String name = "École de production de Flers " + UUID.randomUUID().toString().substring(0, 8);

        browser.type("registration:capacity", "0");
        browser.waitForText(By.id("registration:capacity-message"), "La capacité prévue doit être d'au moins un élève.");
        browser.type("registration:name", name);
        browser.type("registration:trades", "Usinage\nChaudronnerie");
        browser.type("registration:capacity", "24");
        browser.type("registration:plannedOpening", StepForms.today().plusYears(1).format(FRENCH));
        browser.choose("registration:departmentCode", "61");
        browser.type("registration:communeCode", "14118");
        browser.waitForText(By.id("registration:communeFound"), "Commune reconnue : Caen (Calvados).");
        browser.type("registration:carrier", "Association Flers Industrie");
        browser.screenshot("registration");
        browser.assertAccessible("registration");

        browser.submit("registration:submit");
        assertThat(browser.text(By.id("registration:communeCode-message")))
                .isEqualTo("La commune Caen n'appartient pas au département 61.");
        assertThat(browser.value("registration:name")).as("what was typed is kept").isEqualTo(name);
        browser.screenshot("registration-refused");

        browser.type("registration:communeCode", "61169");
        browser.submit("registration:submit");
        assertThat(browser.heading()).isEqualTo(name);
        assertThat(browser.text(By.id("messages"))).contains("est enregistré");
        assertThat(browser.text(By.id("task-title"))).isEqualTo("À faire : Portage territorial");

        browser.type("step:backers:0:name", "Commune de Flers");
        browser.choose("step:backers:0:kind", "COMMUNE");
        browser.click("step:add");
        browser.waitFor(By.id("step:backers:1:name"));
        assertThat(browser.value("step:backers:0:name")).as("adding a row keeps what was typed").isEqualTo("Commune de Flers");
        browser.type("step:backers:1:name", "UIMM Normandie");
        browser.choose("step:backers:1:kind", "BRANCH");
        browser.click("step:sufficient:0");
        browser.screenshot("project-territorial-backing");
        browser.assertAccessible("project page with the territorial backing form");
        browser.submit("step:complete");

        assertThat(browser.text(By.id("messages"))).contains("L’étape « Portage territorial » est enregistrée.");
        assertThat(browser.text(By.id("task-title"))).isEqualTo("À faire : Étude d'opportunité");
        browser.submit("step:complete");
        assertThat(browser.text(By.id("step:conclusion-message"))).isEqualTo("La conclusion de l'étude est obligatoire.");
        assertThat(browser.text(By.id("step:summary-message"))).isEqualTo("La synthèse de l'étude est obligatoire.");
        browser.choose("step:conclusion", "FAVOURABLE");
        browser.type("step:summary", "Douze entreprises du bocage recrutent des usineurs.");
        browser.type("step:partnerFirms", "Usinage Ornais SA\nMécaflers");
        browser.submit("step:complete");

        assertThat(browser.text(By.id("task-title"))).isEqualTo("À faire : Engagement d'insertion");
        browser.click("step:secured:0");
        browser.type("step:targetInsertionRate", "85");
        browser.type("step:partnerFirms", "Usinage Ornais SA");
        browser.submit("step:complete");

        assertThat(browser.driver().findElements(By.id("task-title"))).as("the audit is the auditors' task").isEmpty();
        assertThat(browser.text(By.className("steps-list"))).contains("Audit de labellisation FNEP — en cours");
        assertThat(browser.text(By.className("timeline"))).contains("Portage territorial — portage suffisant",
                "Étude d'opportunité — favorable", "Engagement d'insertion — insertion sécurisée");
        assertThat(browser.text(By.id("file-title"))).isEqualTo("Le dossier");
        assertThat(browser.text(By.tagName("main"))).contains("Commune de Flers", "UIMM Normandie",
                "Douze entreprises du bocage recrutent des usineurs.", "85 %", "Usinage, Chaudronnerie",
                "Usinage Ornais SA, Mécaflers");
        browser.waitFor(By.cssSelector("#diagram[data-rendered='true'] .step-current"));
        browser.screenshot("project-at-label-audit");
        browser.assertAccessible("project page with its diagram");

        // on a tablet held upright, the page fits its width: nothing to scroll sideways
        browser.driver().manage().window().setSize(new Dimension(820, 1180));
        browser.go("projects/view.xhtml?id=" + browser.driver().getCurrentUrl().replaceFirst(".*id=", ""));
        Object overflow = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("pixels to scroll sideways on a tablet").isLessThanOrEqualTo(0);
        browser.screenshot("project-tablet");
    }

    @Test
    void aStepCompletedMeanwhileBySomeoneElseIsSaidPlainly() {
        browser.signIn(STAFF, PASSWORD);
        String id = register("50", "50129");
        browser.type("step:backers:0:name", "Commune de Cherbourg");
        browser.choose("step:backers:0:kind", "COMMUNE");
        browser.click("step:sufficient:0");

        // meanwhile a colleague completes the same step (through the API, as any other client could)
        String task = api.task(STAFF_2, id, "territorial-backing");
        api.complete(STAFF_2, task, Api.backing(true)).then().statusCode(200);
        browser.submit("step:complete");

        assertThat(browser.text(By.id("messages"))).contains("traitée ou prise par quelqu’un d’autre entre-temps");
        assertThat(browser.value("step:backers:0:name")).isEqualTo("Commune de Cherbourg");
        browser.screenshot("project-conflict");
    }

    @Test
    void anOfficerJoinsADocumentAndCommentsOnTheProjectPage() throws IOException {
        browser.signIn(STAFF, PASSWORD);
        String id = register("27", "27229");
        Path notAPdf = Files.writeString(Files.createTempFile("etude", ".pdf"), "rien d'un PDF");
        browser.driver().findElement(By.id("documents:file")).sendKeys(notAPdf.toString());
        browser.type("documents:title", "Étude d'opportunité");
        browser.submit("documents:upload");
        assertThat(browser.text(By.id("documents:file-message"))).contains("n'est pas celui d'un type accepté");
        assertThat(browser.value("documents:title")).as("what was typed is kept").isEqualTo("Étude d'opportunité");

        Path pdf = Files.writeString(Files.createTempFile("etude", ".pdf"), "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        browser.driver().findElement(By.id("documents:file")).sendKeys(pdf.toString());
        browser.choose("documents:step", "opportunity-study");
        browser.submit("documents:upload");
        assertThat(browser.text(By.id("messages"))).contains("est joint au projet");
        WebElement link = browser.driver().findElement(By.cssSelector("#document-list a"));
        assertThat(link.getText()).isEqualTo("Étude d'opportunité");
        assertThat(browser.text(By.id("document-list"))).contains("document PDF", "Étude d'opportunité", STAFF);
        assertThat(api.as(STAFF).get("api/projects/" + id + "/documents").jsonPath().getList("id")).as("stored once").hasSize(1);

        browser.submit("comment:add");
        assertThat(browser.text(By.id("comment:text-message"))).isEqualTo("Le commentaire ne peut pas être vide.");
        browser.type("comment:text", "Le maire <b>confirme</b> le local.");
        browser.submit("comment:add");
        assertThat(browser.text(By.id("comment-list"))).contains("Le maire <b>confirme</b> le local.");
        assertThat(browser.driver().findElements(By.cssSelector("#comment-list b"))).as("shown as typed, not as markup").isEmpty();
        browser.screenshot("project-documents-comments");
        browser.assertAccessible("project page with documents and comments");
    }

    @Test
    void theProjectPageShowsTheLabelAndTheSubsidyWithTheirDocuments() {
        api.ensureEnvelope(Api.YEAR, 5_000_000);
        String id = api.register("14", "14118");
        api.walkTo(id, "opening");
        browser.signIn(STAFF, PASSWORD);
        browser.go("projects/view.xhtml?id=" + id);

        assertThat(browser.text(By.id("label-state"))).isEqualTo("Labellisée");
        assertThat(browser.text(By.id("audit-table"))).contains("Audit de labellisation", "Labellisée", "100 %");
        assertThat(browser.text(By.id("subsidy-table")).replaceAll("[\\u00a0\\u202f]", " "))
                .contains("Subvention accordée", String.valueOf(Api.YEAR), "500 000 €");
        assertThat(download(By.cssSelector("#audit-table a.report-link"))).as("the audit report, read with the session")
                .isEqualTo("application/pdf");
        browser.screenshot("project-label-subsidy");
        browser.assertAccessible("project page with its label and subsidy");
        browser.driver().findElement(By.cssSelector("#subsidy-table a")).click();
        browser.waitFor(By.id("letter-link"));
        assertThat(download(By.id("letter-link"))).as("the notification letter").isEqualTo("application/pdf");

        browser.go("projects/view.xhtml?id=" + UUID.randomUUID());
        assertThat(browser.heading()).isEqualTo("Page introuvable");
    }

    /** Fetches what a link points to, in the page (so with its session), and answers its content type. */
    private String download(By link) {
        String address = browser.driver().findElement(link).getAttribute("href");
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(r.status === 200 ? r.headers.get('Content-Type') : 'HTTP ' + r.status));",
                address);
    }

    @Test
    void theInboxListsTheTasksAndKeepsItsFilter() {
        browser.signIn(STAFF, PASSWORD);
        String calvados = register("14", "14118");
        String orne = register("61", "61214");
        browser.go("inbox.xhtml");
        assertThat(browser.text(By.id("task-table"))).contains("Portage territorial");

        browser.choose("inbox:department", "14");
        browser.waitUntil(page -> !page.getPageSource().contains(orne));
        browser.go("inbox.xhtml");
        assertThat(browser.value("inbox:department")).as("the filter is kept").isEqualTo("14");
        List<String> projects = browser.driver().findElements(By.cssSelector("#task-table tbody th a"))
                .stream().map(WebElement::getText).toList();
        assertThat(projects).isNotEmpty().allMatch(p -> !p.isBlank());
        assertThat(browser.driver().getPageSource()).contains(calvados).doesNotContain(orne);

        browser.driver().findElement(By.cssSelector("tr[data-project='" + calvados + "'] input[value='Prendre']")).click();
        browser.waitForText(By.id("messages"), "Vous avez pris la tâche");
        assertThat(browser.text(By.cssSelector("tr[data-project='" + calvados + "']"))).contains("vous");
        browser.screenshot("inbox");
        browser.assertAccessible("inbox");
        browser.choose("inbox:department", "");
        browser.waitUntil(page -> page.getPageSource().contains(orne));
    }

    @Test
    void aViewerReadsTheMapAndItsTextAlternative() {
        browser.signIn(VIEWER, PASSWORD);
        assertThat(browser.heading()).isEqualTo("Tableau de bord");
        // a viewer's navigation: the dashboard, and the notifications and absences every signed-in person declares
        assertThat(browser.text(By.className("site-nav"))).isEqualTo("Tableau de bord\nMes notifications\nMes absences");

        List<WebElement> departments = browser.driver().findElements(By.cssSelector(".map path.department"));
        assertThat(departments).extracting(d -> d.getAttribute("data-department"))
                .containsExactly("14", "27", "50", "61", "76");
        assertThat(departments).allMatch(d -> !d.getAttribute("data-status").isBlank());
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#coverage-table tbody tr"));
        assertThat(rows).extracting(WebElement::getText).anyMatch(r -> r.startsWith("Calvados (14)"))
                .anyMatch(r -> r.startsWith("Seine-Maritime (76)")).hasSize(5);
        assertThat(browser.text(By.className("legend"))).contains("Objectif atteint", "Objectif manqué");
        // the figures are sums in the database: they agree with the registry's list (the schools opened by today and
        // neither suspended nor closed: other classes of the suite close some)
        List<Map<String, Object>> open = api.as(VIEWER).get("api/schools").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("$").stream()
                .filter(school -> !LocalDate.parse((String) school.get("openedOn")).isAfter(StepForms.today()))
                .filter(school -> "OPEN".equals(api.as(VIEWER).get("api/schools/" + school.get("id") + "/status")
                        .then().statusCode(200).extract().path("status")))
                .toList();
        assertThat(figureValue("figure-open-schools")).isEqualTo(open.size());
        assertThat(figureValue("figure-places"))
                .isEqualTo(open.stream().mapToInt(school -> (Integer) school.get("capacity")).sum());
        assertThat(browser.text(By.id("figure-granted"))).matches("[0-9\\s\\u202f\\u00a0]+€\\s+de subventions régionales accordées");
        assertThat(browser.text(By.id("figure-paid"))).matches("[0-9\\s\\u202f\\u00a0]+€\\s+versés");

        assertTheProjectsInProgressAreTheApisFirstByName();

        browser.type("asOf", "31/12/2021");
        browser.submit("show");
        assertThat(browser.text(By.id("map-heading"))).endsWith("31/12/2021");
        browser.screenshot("dashboard-viewer");
        browser.assertAccessible("dashboard");
    }

    /**
     * The page lists the first projects in progress today by name, reading the steps of those alone (issue 18): the
     * same projects, in the same order and at the same steps, as the head of the API's whole list, and their count.
     * Signed in as a viewer; the projects it may add are registered through the API as staff.
     */
    private void assertTheProjectsInProgressAreTheApisFirstByName() {
        // more projects in progress than the page lists, so that it cuts the list (when the class runs alone)
        int before = dashboardToday().getInt("projectsInProgress");
        for (int i = before; i <= DashboardFigures.PROJECTS_THEN_SHOWN; i++) {
            api.register("76", "76540", "École en nombre " + UUID.randomUUID());
        }
        browser.go("dashboard.xhtml");
        JsonPath all = dashboardToday();
        int count = all.getInt("projectsInProgress");
        List<Map<String, Object>> first = all.<Map<String, Object>>getList("projects").stream()
                .limit(DashboardFigures.PROJECTS_THEN_SHOWN).toList();
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#projects-then tbody tr"));
        assertThat(rows).hasSize(first.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> project = first.get(i);
            List<WebElement> cells = rows.get(i).findElements(By.cssSelector("th, td"));
            assertThat(cells.get(0).getText()).isEqualTo(project.get("name"));
            assertThat(cells.get(1).getText()).isEqualTo(project.get("departmentCode"));
            assertThat(cells.get(2).getText().isBlank()).as("steps of %s", project.get("name"))
                    .isEqualTo(((List<?>) project.get("steps")).isEmpty());
        }
        assertThat(count).isGreaterThan(first.size());
        assertThat(browser.text(By.id("projects-then-cut"))).contains(first.size() + " / " + count);
    }

    private JsonPath dashboardToday() {
        return api.as(VIEWER).queryParam("asOf", StepForms.today().toString()).get("api/dashboard").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void aPersonWithoutTheRoleGetsTheFrenchAccessDeniedPage() {
        browser.signIn(VIEWER, PASSWORD);
        browser.go("inbox.xhtml");
        assertThat(browser.heading()).isEqualTo("Accès refusé");
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception", "at fr.normandie");
        browser.screenshot("access-denied");
        browser.assertAccessible("access denied");
        browser.go("admin/accounts.xhtml");
        assertThat(browser.heading()).isEqualTo("Accès refusé");
    }

    @Test
    void anAnonymousVisitorSignsInAndComesBackToThePageAsked() {
        browser.go("inbox.xhtml");
        assertThat(browser.heading()).isEqualTo("Connexion");
        browser.screenshot("sign-in");
        browser.assertAccessible("sign-in");
        browser.type("signIn:username", STAFF);
        browser.type("signIn:password", "wrong-password");
        browser.submit("signIn:submit");
        assertThat(browser.text(By.id("messages"))).isEqualTo("Identifiant ou mot de passe incorrect.");
        assertThat(browser.value("signIn:username")).isEqualTo(STAFF);

        browser.type("signIn:password", PASSWORD);
        browser.submit("signIn:submit");
        assertThat(browser.heading()).isEqualTo("Mes tâches");

        browser.signOut();
        assertThat(browser.text(By.tagName("main"))).contains("Vous êtes déconnecté·e.");
        browser.go("inbox.xhtml");
        assertThat(browser.heading()).isEqualTo("Connexion");
    }

    @Test
    void anAdministratorOpensAnAccountAndDefinesATarget() {
        browser.signIn("admin", System.getProperty("it.admin.password"));
        browser.go("admin/accounts.xhtml");
        browser.type("account:username", "Pas Valide");
        browser.waitForText(By.id("account:username-message"), "2 à 50 caractères");
        String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        browser.type("account:username", username);
        browser.type("account:fullName", "Agent <b>en test</b>");
        browser.type("account:password", "un-mot-de-passe-solide");
        browser.click("account:roles:0");
        browser.submit("account:submit");
        assertThat(browser.text(By.id("messages"))).contains("Le compte « " + username + " » est ouvert.");
        assertThat(browser.text(By.id("account-table"))).contains("Agent <b>en test</b>");
        browser.screenshot("admin-accounts");
        browser.assertAccessible("accounts");

        // the dashboard keeps its targets a few seconds (issue 18): read them now, so that they are kept
        browser.go("dashboard.xhtml");
        String targetName = "Deux écoles par département en 2030 " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(browser.text(By.id("target"))).doesNotContain(targetName);

        browser.go("admin/targets.xhtml");
        browser.type("target:name", targetName);
        browser.type("target:deadline", "31/12/2030");
        browser.type("target:minimumPerDepartment", "2");
        browser.submit("target:submit");
        assertThat(browser.text(By.id("target-table"))).contains(targetName, "31/12/2030");
        // and the dashboard offers the new target at once, not when its kept targets expire
        browser.go("dashboard.xhtml");
        assertThat(browser.text(By.id("target"))).contains(targetName + " — 31/12/2030");
        browser.screenshot("admin-targets");
        browser.assertAccessible("targets");
    }

    @Test
    void theProjectsListAndTheDashboardAreAccessible() {
        browser.signIn(STAFF, PASSWORD);
        register("76", "76498");
        browser.go("projects/list.xhtml");
        assertThat(browser.heading()).isEqualTo("Projets");
        browser.screenshot("projects");
        browser.assertAccessible("projects");
        browser.go("dashboard.xhtml");
        List<String> stepBars = browser.driver().findElements(By.cssSelector("#steps-chart + ul.bars li"))
                .stream().map(WebElement::getText).toList();
        // the opening's seven steps and the carrier's four submissions (backing, study, insertion, opening; issue 16),
        // without the renewals'
        assertThat(stepBars).as("the opening steps, without the renewals'").hasSize(11)
                .anyMatch(bar -> bar.matches("(?s)Portage territorial\\s+[1-9][0-9]*"));
        browser.screenshot("dashboard-staff");
        browser.assertAccessible("dashboard as staff");
    }

    /** Registers a project through its page, as the signed-in officer; answers its id. */
    private String register(String department, String commune) {
        browser.go("projects/new.xhtml");
        browser.type("registration:name", "École de production " + UUID.randomUUID().toString().substring(0, 8));
        browser.type("registration:trades", "Usinage");
        browser.type("registration:capacity", "24");
        browser.type("registration:plannedOpening", StepForms.today().plusYears(1).format(FRENCH));
        browser.choose("registration:departmentCode", department);
        browser.type("registration:communeCode", commune);
        browser.type("registration:carrier", "Association des amis de l'école");
        browser.submit("registration:submit");
        String address = browser.driver().getCurrentUrl();
        assertThat(address).contains("projects/view.xhtml?id=");
        return address.substring(address.indexOf("id=") + 3);
    }

    /** A key figure of the dashboard as a number (French thousands separators left out). */
    private int figureValue(String id) {
        return Integer.parseInt(browser.text(By.cssSelector("#" + id + " .figure-value")).replaceAll("\\D", ""));
    }
}
