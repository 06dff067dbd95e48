package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.funding.Budget;
import fr.normandie.ecoles.funding.BudgetChange;
import fr.normandie.ecoles.funding.BudgetForm;
import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.Budgets;
import fr.normandie.ecoles.schools.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.Arrays;
import java.util.List;

import static fr.normandie.ecoles.app.rest.EnvelopesResource.FUNDING_READERS;

/** The budgets by year and kind (AE and CP), set by administrators, with their history. */
@Path("budgets")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class BudgetsResource {

    /** A year's budgets and the changes made to them. */
    public record YearBudgets(int year, List<Budget> budgets, List<BudgetChange> history) {
    }

    @Inject
    Budgets budgets;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Les budgets par année et par nature : autorisations d'engagement, engagé, crédits de "
            + "paiement, payé")
    public List<Budget> list() {
        callers.requireAny(FUNDING_READERS);
        return budgets.all();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "Les budgets d'une année et l'historique de leurs montants")
    public YearBudgets year(@PathParam("year") int year) {
        callers.requireAny(FUNDING_READERS);
        return new YearBudgets(year, budgets.ofYear(year), budgets.history(year));
    }

    @PUT
    @Path("{year}/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ouvrir ou modifier le budget d'investissement (INVESTMENT) ou de fonctionnement "
            + "(OPERATING) d'une année, jamais sous ce qui est engagé ou payé (administrateur)")
    @RequestBody(description = "{commitmentAuthorisations, paymentCredits} en euros")
    public Budget set(@PathParam("year") int year, @PathParam("kind") String kind, String body) {
        return budgets.set(year, kind(kind), JsonBodies.read(body, BudgetForm.class, "Le budget"), callers.current());
    }

    private static BudgetKind kind(String text) {
        return Arrays.stream(BudgetKind.values()).filter(k -> k.name().equals(text)).findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "La nature du budget est INVESTMENT ou OPERATING."));
    }
}
