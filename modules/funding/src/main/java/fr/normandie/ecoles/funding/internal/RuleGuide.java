package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.FundedLine;
import fr.normandie.ecoles.funding.OperatingBasis;
import fr.normandie.ecoles.funding.RuleWarning;
import fr.normandie.ecoles.funding.ShareChecks;
import fr.normandie.ecoles.funding.SubsidyDecisionForm;
import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.kernel.Rejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The share rules as guides: a breach of a rule in the WARN mode becomes a warning, which a written
 * justification answers; a breach of a rule in the REFUSE mode is a refusal.
 */
@ApplicationScoped
public class RuleGuide implements ShareChecks {

    @Inject
    FundingSettings settings;

    /** The warnings a subsidy decision raises (its refusals are the validator's). */
    List<RuleWarning> warnings(SubsidyDecisionForm form) {
        return settings.shares().check(form).stream().filter(settings::warnsOnly)
                .map(b -> new RuleWarning(b.path(), b.message())).toList();
    }

    @Override
    public List<RuleWarning> check(BudgetKind kind, BigDecimal eligible, BigDecimal granted, OperatingBasis basis,
                                   Integer pupils, String field) {
        List<Breach> breaches = settings.shares().line(kind == BudgetKind.INVESTMENT ? FundedLine.INVESTMENT
                : FundedLine.OPERATION, eligible, granted, basis == null ? OperatingBasis.BUDGET_SHARE : basis, pupils, field);
        List<Breach> refusals = breaches.stream().filter(b -> !settings.warnsOnly(b)).toList();
        if (!refusals.isEmpty()) {
            throw new Rejected(Rejected.Kind.INVALID, "Subvention hors des règles de la Région",
                    refusals.stream().map(b -> new FieldReason(b.path(), b.message())).toList());
        }
        return breaches.stream().map(b -> new RuleWarning(b.path(), b.message())).toList();
    }

    @Override
    public void requireJustified(List<RuleWarning> warnings, String justification, String justificationField) {
        if (!warnings.isEmpty() && FreeText.optional(justification) == null) {
            throw new Rejected(justificationField, unjustifiedWarnings(warnings.stream().map(RuleWarning::message).toList()));
        }
    }

    /** The refusal of warnings left without a justification, naming each. */
    static String unjustified(List<Breach> warnings) {
        return unjustifiedWarnings(warnings.stream().map(Breach::message).toList());
    }

    private static String unjustifiedWarnings(List<String> messages) {
        return "Cette subvention s'écarte des règles de la Région (" + messages.stream()
                .collect(Collectors.joining(" ")) + ") : justifiez l'écart par écrit pour l'enregistrer ; "
                + "la justification sera présentée à la Commission permanente.";
    }
}
