package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.Budget;
import fr.normandie.ecoles.funding.BudgetForm;
import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.Budgets;
import fr.normandie.ecoles.funding.Envelope;
import fr.normandie.ecoles.funding.EnvelopeDetail;
import fr.normandie.ecoles.funding.EnvelopeForm;
import fr.normandie.ecoles.funding.Envelopes;
import fr.normandie.ecoles.funding.SubsidyDecisions;
import fr.normandie.ecoles.funding.UnknownEnvelopeException;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The envelopes read from the budgets: a year's envelope adds up its budgets of both kinds. */
@ApplicationScoped
public class JpaEnvelopes implements Envelopes {

    @Inject
    Budgets budgets;

    @Inject
    SubsidyDecisions decisions;

    @Inject
    Validator validator;

    @Override
    public List<Envelope> all() {
        Map<Integer, List<Budget>> byYear = budgets.all().stream()
                .collect(Collectors.groupingBy(Budget::year, TreeMap::new, Collectors.toList()));
        return byYear.entrySet().stream().map(e -> envelope(e.getKey(), e.getValue())).toList();
    }

    @Override
    public EnvelopeDetail detail(int year) {
        List<Budget> ofYear = budgets.ofYear(year);
        if (ofYear.isEmpty()) {
            throw new UnknownEnvelopeException(year);
        }
        return EnvelopeDetail.of(envelope(year, ofYear), decisions.list(null, year));
    }

    @Override
    @Transactional
    public boolean set(int year, EnvelopeForm form, Caller caller) {
        Inputs.requireValid(validator, form);
        boolean opened = budgets.ofYear(year).isEmpty();
        BudgetForm each = new BudgetForm(form.amount(), form.amount());
        for (BudgetKind kind : BudgetKind.values()) {
            budgets.set(year, kind, each, caller);
        }
        return opened;
    }

    private static Envelope envelope(int year, List<Budget> budgets) {
        return new Envelope(year, sum(budgets, Budget::commitmentAuthorisations), sum(budgets, Budget::committed),
                sum(budgets, Budget::paid), sum(budgets, Budget::toCommit));
    }

    private static BigDecimal sum(List<Budget> budgets, Function<Budget, BigDecimal> figure) {
        return budgets.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
