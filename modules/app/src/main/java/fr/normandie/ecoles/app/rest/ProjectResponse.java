package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.StepCompletion;
import fr.normandie.ecoles.workflow.ProjectView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as the API shows it: its registration, status, the steps open now and the steps done; its carrier
 * by name and details, and by its record's id ({@code /api/carriers/{carrierId}}); its version (an edit names it)
 * and, on a single project's answer, when it is expected to open.
 */
public record ProjectResponse(String id, String name, String carrier, String carrierLegalForm,
                              Boolean carrierNonProfit, String carrierSiren, String departmentCode,
                              String communeCode, String communeName, String epciSiren, String epciName,
                              List<String> trades, List<Diploma> diplomas, int capacity,
                              BigDecimal familyContribution, LocalDate plannedOpening, ProjectStatus status,
                              Instant registeredAt, String registeredBy, String endReason,
                              List<String> currentSteps, List<StepCompletion> history, String carrierId,
                              long version, LocalDate expectedOpening) {

    /** A project of a list: its expected opening is on each project's own answer. */
    static ProjectResponse of(ProjectView view) {
        return of(view, null);
    }

    static ProjectResponse of(ProjectView view, LocalDate expectedOpening) {
        ProjectSummary p = view.project();
        return new ProjectResponse(p.id().toString(), p.name(), p.carrier(), p.carrierLegalForm(),
                p.carrierNonProfit(), p.carrierSiren(), p.departmentCode(), p.communeCode(), p.communeName(),
                p.epciSiren(), p.epciName(), p.trades(), p.diplomas(), p.capacity(), p.familyContribution(),
                p.plannedOpening(), p.status(), p.registeredAt(), p.registeredBy(), p.endReason(),
                view.currentSteps(), view.history(), p.carrierId().toString(), p.version(), expectedOpening);
    }
}
