package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.Budget;
import fr.normandie.ecoles.funding.BudgetChange;
import fr.normandie.ecoles.funding.BudgetForm;
import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.Budgets;
import fr.normandie.ecoles.funding.FundingConflictException;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.List;

/** Budgets set by administrators; each change is kept in {@code budget_change}. */
@ApplicationScoped
public class JpaBudgets implements Budgets {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Override
    public List<Budget> all() {
        return em.createNamedQuery("BudgetEntity.all", BudgetEntity.class).getResultList().stream()
                .map(BudgetEntity::toBudget).toList();
    }

    @Override
    public List<Budget> ofYear(int year) {
        return em.createNamedQuery("BudgetEntity.ofYear", BudgetEntity.class).setParameter("year", year)
                .getResultList().stream().map(BudgetEntity::toBudget).toList();
    }

    @Override
    @Transactional
    public Budget set(int year, BudgetKind kind, BudgetForm form, Caller caller) {
        Door.require(caller, Role.ADMIN);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("year", "L'année budgétaire doit être comprise entre " + FIRST_YEAR
                    + " et " + LAST_YEAR + ".");
        }
        if (kind == null) {
            throw new InvalidInputException("kind", "La nature du budget (INVESTMENT ou OPERATING) est obligatoire.");
        }
        Inputs.requireValid(validator, form);
        int changed = em.createNamedQuery("BudgetEntity.resize").setParameter("year", year).setParameter("kind", kind)
                .setParameter("ae", Euros.cents(form.commitmentAuthorisations()))
                .setParameter("cp", Euros.cents(form.paymentCredits())).executeUpdate();
        BudgetEntity budget = em.find(BudgetEntity.class, new BudgetKey(year, kind));
        if (changed == 0 && budget != null) {
            em.refresh(budget);
            Budget now = budget.toBudget();
            throw new FundingConflictException("Le budget " + year + " ne peut pas descendre sous ce qui y est déjà "
                    + "engagé (" + Euros.format(now.committed()) + " d'autorisations d'engagement) ou payé ("
                    + Euros.format(now.paid()) + " de crédits de paiement). Rien n'a été enregistré.");
        }
        if (budget == null) {
            budget = new BudgetEntity(year, kind, form.commitmentAuthorisations(), form.paymentCredits(), caller.name());
            em.persist(budget);
            // written now: the change's key to it is no JPA relation, so nothing else orders the two inserts
            em.flush();
        } else {
            em.refresh(budget);
        }
        em.persist(new BudgetChangeEntity(year, kind, form.commitmentAuthorisations(), form.paymentCredits(),
                caller.name()));
        return budget.toBudget();
    }

    @Override
    public List<BudgetChange> history(int year) {
        return em.createNamedQuery("BudgetChangeEntity.ofYear", BudgetChangeEntity.class).setParameter("year", year)
                .getResultList().stream().map(BudgetChangeEntity::toChange).toList();
    }
}
