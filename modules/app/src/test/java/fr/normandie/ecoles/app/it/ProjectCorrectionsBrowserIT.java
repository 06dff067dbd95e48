package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.fixtures.StepForms;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

/** Corrections of a project on its page, in the system's Chromium: staff edit it, an administrator reopens a step. */
class ProjectCorrectionsBrowserIT extends InTheBrowser {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void staffEditThePlannedOpeningAndSeeTheProjectionChange() {
        // Given a project planned a year from now, on its page
        String id = api.register("61", "61169");
        LocalDate planned = StepForms.today().plusYears(1);
        browser.signIn(STAFF, PASSWORD);
        browser.go("projects/view.xhtml?id=" + id);
        assertThat(browser.text(By.id("expected-opening"))).isEqualTo(planned.format(FRENCH));
        assertThat(browser.value("edit:plannedOpening")).isEqualTo(planned.format(FRENCH));

        // When staff type a wrong capacity, then move the opening by a year
        browser.type("edit:capacity", "0");
        browser.submit("edit:submit");
        assertThat(browser.text(By.id("edit:capacity-message")))
                .isEqualTo("La capacité prévue doit être d'au moins un élève.");
        assertThat(browser.text(By.id("expected-opening"))).as("nothing saved").isEqualTo(planned.format(FRENCH));
        LocalDate slipped = planned.plusYears(1);
        browser.type("edit:capacity", "24");
        browser.type("edit:plannedOpening", slipped.format(FRENCH));
        browser.screenshot("project-edit");
        browser.assertAccessible("project page with its edit form");
        browser.submit("edit:submit");

        // Then the page shows the new planned date, the projection that follows it, and the change on the timeline
        assertThat(browser.text(By.id("messages"))).contains("L’inscription du projet a été modifiée.");
        assertThat(browser.text(By.id("planned-opening"))).isEqualTo(slipped.format(FRENCH));
        assertThat(browser.text(By.id("expected-opening"))).isEqualTo(slipped.format(FRENCH));
        assertThat(browser.text(By.className("timeline"))).contains("Inscription modifiée : ouverture prévue : "
                + planned.format(FRENCH) + " → " + slipped.format(FRENCH) + " (" + STAFF + ")");
        browser.screenshot("project-edited");
    }

    @Test
    void anAdministratorReopensAStepWithAReason() {
        // Given a project past its territorial backing
        String id = api.register("61", "61214");
        api.step(STAFF, id, "territorial-backing", Api.backing(true));
        browser.signIn("admin", System.getProperty("it.admin.password"));
        browser.go("projects/view.xhtml?id=" + id);

        // When the administrator reopens it without a reason, then with one
        browser.choose("reopen:step", "territorial-backing");
        browser.submit("reopen:submit");
        assertThat(browser.text(By.id("reopen:reason-message"))).isEqualTo("Le motif de la réouverture est obligatoire.");
        browser.type("reopen:reason", "Portage enregistré avant la lettre de la commune.");
        browser.assertAccessible("project page with the reopening form");
        browser.submit("reopen:submit");

        // Then the backing is the current step again, and the timeline says why
        assertThat(browser.text(By.id("messages"))).contains("L’étape « Portage territorial » est rouverte.");
        assertThat(browser.text(By.className("steps-list"))).contains("Portage territorial — en cours");
        assertThat(browser.text(By.className("timeline"))).contains("Étape « Portage territorial » rouverte par "
                + "l'administrateur : Portage enregistré avant la lettre de la commune. (admin)");
        assertThat(api.project(id).jsonPath().getList("currentSteps")).containsExactly("territorial-backing");
        browser.screenshot("project-step-reopened");
    }
}
