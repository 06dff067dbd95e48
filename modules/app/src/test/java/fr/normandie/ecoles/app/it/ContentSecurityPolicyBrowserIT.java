package fr.normandie.ecoles.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.util.List;

import static fr.normandie.ecoles.app.it.Api.AUDITOR;
import static fr.normandie.ecoles.app.it.Api.FUNDING;
import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages, the diagram drawn by bpmn-js and the forms' live checks work under the Content-Security-Policy,
 * which forbids every inline script, event handler and style: Chromium reports no violation on its console.
 */
class ContentSecurityPolicyBrowserIT extends InTheBrowser {

    private static final String VIOLATION = "Content Security Policy";

    @Test
    void theMainPagesAndTheDiagramRaiseNoViolation() {
        String project = api.register("50", "50129");
        api.walkTo(project, "label-audit");

        browser.go("login.xhtml");
        assertNoViolation("the sign-in page");
        browser.signIn(STAFF, PASSWORD);
        for (String page : List.of("dashboard.xhtml", "inbox.xhtml", "projects/list.xhtml", "projects/new.xhtml",
                "funding/envelopes.xhtml")) {
            open(page);
        }

        browser.go("projects/view.xhtml?id=" + project);
        browser.waitFor(By.cssSelector("#diagram[data-rendered='true'] .step-current"));
        assertThat(browser.driver().findElements(By.cssSelector("#diagram .step-done"))).as("steps done").isNotEmpty();
        assertNoViolation("the project page and its diagram");

        browser.signOut();
        browser.signIn(AUDITOR, PASSWORD);
        open("audits/queue.xhtml");
        browser.go("projects/view.xhtml?id=" + project);
        browser.waitFor(By.cssSelector("#diagram[data-rendered='true']"));
        assertNoViolation("the auditor's pages");
    }

    @Test
    void theFormsCheckWhatIsTypedAndSendWithoutInlineScript() {
        browser.signIn(STAFF, PASSWORD);
        browser.go("projects/new.xhtml");
        browser.type("registration:capacity", "0");
        browser.waitForText(By.id("registration:capacity-message"), "La capacité prévue doit être d'au moins un élève.");
        browser.type("registration:communeCode", "14118");
        browser.waitForText(By.id("registration:communeFound"), "Commune reconnue : Caen (Calvados).");
        assertNoViolation("the registration form's live checks");

        String project = api.register("76", "76540");
        browser.go("projects/view.xhtml?id=" + project);
        browser.type("step:backers:0:name", "Métropole Rouen Normandie");
        browser.click("step:add");
        browser.waitFor(By.id("step:backers:1:name"));
        assertThat(browser.value("step:backers:0:name")).as("the row added by ajax keeps what was typed")
                .isEqualTo("Métropole Rouen Normandie");
        assertNoViolation("adding a row to the step's form");

        browser.go("inbox.xhtml");
        filterTheInbox("61");
        browser.go("inbox.xhtml");
        assertThat(browser.value("inbox:department")).as("the filter's listener ran and kept it").isEqualTo("61");
        filterTheInbox("");
        assertNoViolation("the inbox's filter");

        browser.signOut();
        browser.signIn(FUNDING, PASSWORD);
        open("funding/envelopes.xhtml");
    }

    @Test
    void anInjectedInlineScriptIsRefusedAndReported() {
        browser.signIn(STAFF, PASSWORD);
        browser.go("dashboard.xhtml");
        browser.consoleErrors();
        ((JavascriptExecutor) browser.driver()).executeScript("const s = document.createElement('script');"
                + "s.textContent = 'document.title = \"injected\"'; document.head.appendChild(s);");

        assertThat(browser.driver().getTitle()).doesNotContain("injected");
        assertThat(browser.consoleErrors()).anySatisfy(error -> assertThat(error).contains(VIOLATION));
    }

    /** Chooses a department in the inbox's filter and waits for the tasks its ajax request redraws. */
    private void filterTheInbox(String department) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("document.getElementById('inbox:tasks').dataset.before = 'filter';");
        browser.choose("inbox:department", department);
        browser.waitUntil(page -> (Boolean) js.executeScript("return !document.getElementById('inbox:tasks').dataset.before;"));
    }

    /** Opens a page, waits for it and checks the console. */
    private void open(String page) {
        browser.go(page);
        browser.waitFor(By.tagName("h1"));
        assertNoViolation(page);
    }

    private void assertNoViolation(String where) {
        assertThat(browser.consoleErrors()).as("Chromium's console on " + where)
                .noneSatisfy(error -> assertThat(error).contains(VIOLATION));
    }
}
