package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.funding.SubsidyDecisionForm;
import fr.normandie.ecoles.funding.WithinFundingRules;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a subsidy decision against the configured share rules (a rule in the WARN mode asks for a written
 * justification instead of refusing), its schedule against the schedule
 * rules, and its co-financers against the 2019 rule, reporting each breach on its field. Registered
 * through META-INF/services so the API need not name this class; the container injects the settings.
 */
public class FundingRulesValidator implements ConstraintValidator<WithinFundingRules, SubsidyDecisionForm> {

    @Inject
    FundingSettings settings;

    @Override
    public boolean isValid(SubsidyDecisionForm form, ConstraintValidatorContext context) {
        if (form == null || form.decision() == null) {
            return true;
        }
        List<Breach> shares = settings.shares().check(form);
        List<Breach> breaches = new ArrayList<>(shares.stream().filter(b -> !settings.warnsOnly(b)).toList());
        List<Breach> warnings = shares.stream().filter(settings::warnsOnly).toList();
        if (!warnings.isEmpty() && FreeText.optional(form.justification()) == null) {
            breaches.add(Breach.on(SubsidyDecisionForm.JUSTIFICATION, RuleGuide.unjustified(warnings)));
        }
        breaches.addAll(scheduleBreaches(form));
        breaches.addAll(CoFinancingRule.check(form.coFinancers(), form.regionalPicLines()));
        if (breaches.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        breaches.forEach(breach -> report(breach, context));
        return false;
    }

    private List<Breach> scheduleBreaches(SubsidyDecisionForm form) {
        if (form.schedule().isEmpty()) {
            return List.of();
        }
        if (!form.granted()) {
            return List.of(Breach.on("schedule", "Une subvention refusée n'a pas d'échéancier."));
        }
        if (form.investmentGranted() == null || form.operatingGranted() == null) {
            return List.of();
        }
        return settings.schedules().check(form.schedule(), form.totalGranted(), "schedule");
    }

    /** The rules' messages hold amounts and fixed words, never user input: no expression to escape. */
    private static void report(Breach breach, ConstraintValidatorContext context) {
        var violation = context.buildConstraintViolationWithTemplate(breach.message());
        if (breach.index() == null) {
            violation.addPropertyNode(breach.property()).addConstraintViolation();
        } else {
            violation.addPropertyNode(breach.property())
                    .addPropertyNode(breach.leaf()).inIterable().atIndex(breach.index())
                    .addConstraintViolation();
        }
    }
}
