package fr.normandie.ecoles.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The regional subsidy step. For each line (investment in equipment, operation): what the carrier
 * requests, the eligible expenses (for operation: the school's yearly operating budget) and what the
 * Region grants, in euros; how the operating aid is capped (a share of the budget, or an amount per
 * pupil); the standing committee's vote (date and deliberation number) and the budget year whose
 * envelope it is charged to; the payment schedule (a default one is drawn up when it is left out);
 * the other funders; the lines of the Region's grant paid from the regional part of the skills plan.
 * The Region's share rules and the co-financing rule are checked by {@link WithinFundingRules}; a share rule
 * in the {@link RuleMode#WARN} mode (the default) lets a grant outside it through only with a written
 * {@code justification}, kept with the decision and shown to the standing committee.
 */
@WithinFundingRules
public record SubsidyDecisionForm(
        @NotNull(message = "La décision est obligatoire.")
        SubsidyDecision decision,
        @Min(value = 2000, message = "L'année budgétaire doit être comprise entre 2000 et 2100.")
        @Max(value = 2100, message = "L'année budgétaire doit être comprise entre 2000 et 2100.")
        Integer envelopeYear,
        @PastOrPresent(message = "La date du vote ne peut pas être dans le futur.")
        LocalDate votedOn,
        @Size(max = 100, message = "Le numéro de délibération ne doit pas dépasser 100 caractères.")
        String deliberation,
        @Amount BigDecimal investmentRequested,
        @Amount BigDecimal investmentEligible,
        @NotNull(message = "Le montant d'investissement accordé est obligatoire (0 si aucun).")
        @Amount
        BigDecimal investmentGranted,
        @Amount BigDecimal operatingRequested,
        @Amount BigDecimal operatingEligible,
        OperatingBasis operatingBasis,
        @Min(value = 1, message = "Le nombre d'élèves doit être d'au moins 1.")
        @Max(value = 500, message = "Le nombre d'élèves ne peut dépasser 500.")
        Integer pupils,
        @NotNull(message = "Le montant de fonctionnement accordé est obligatoire (0 si aucun).")
        @Amount
        BigDecimal operatingGranted,
        @Size(max = 24, message = "Vingt-quatre échéances au plus.")
        List<@Valid @NotNull(message = "Une échéance ne peut pas être vide.") ScheduleLineForm> schedule,
        @Size(max = 50, message = "Cinquante cofinanceurs au plus.")
        List<@Valid @NotNull(message = "Un cofinancement ne peut pas être vide.") CoFinancing> coFinancers,
        Set<@NotNull(message = "Ligne inconnue.") FundedLine> regionalPicLines,
        @Size(max = 2000, message = "Les conditions particulières ne doivent pas dépasser 2000 caractères.")
        String conditions,
        @Size(max = 4000, message = "La justification ne doit pas dépasser 4000 caractères.")
        String justification) {

    /** The form field a warned grant's justification is typed in, named by its refusal. */
    public static final String JUSTIFICATION = "justification";

    public SubsidyDecisionForm {
        schedule = schedule == null ? List.of() : schedule;
        coFinancers = coFinancers == null ? List.of() : coFinancers;
        regionalPicLines = regionalPicLines == null ? Set.of() : regionalPicLines;
        operatingBasis = operatingBasis == null ? OperatingBasis.BUDGET_SHARE : operatingBasis;
    }

    /** A grant is voted by the standing committee: its deliberation number is part of it. */
    @AssertTrue(message = "Une subvention accordée doit citer la délibération de la Commission permanente.")
    public boolean isDeliberation() {
        return !granted() || (deliberation != null && !deliberation.isBlank());
    }

    /** ... and so is the date of that vote. */
    @AssertTrue(message = "Une subvention accordée doit indiquer la date du vote de la Commission permanente.")
    public boolean isVotedOn() {
        return !granted() || votedOn != null;
    }

    /** A grant is charged to one year's envelope. */
    @AssertTrue(message = "Une subvention accordée doit indiquer l'année de l'enveloppe sur laquelle elle est engagée.")
    public boolean isEnvelopeYear() {
        return !granted() || envelopeYear != null;
    }

    /** A grant grants something; a refusal grants nothing. */
    @AssertTrue(message = "Une subvention accordée porte sur un montant ; un refus n'en accorde aucun.")
    public boolean isGrantedAmounts() {
        if (decision == null || investmentGranted == null || operatingGranted == null) {
            return true;
        }
        return granted() ? totalGranted().signum() > 0 : totalGranted().signum() == 0;
    }

    /** What the Region grants on both lines. */
    public BigDecimal totalGranted() {
        return investmentGranted.add(operatingGranted);
    }

    /** Whether this form grants a subsidy. */
    public boolean granted() {
        return decision == SubsidyDecision.GRANTED;
    }
}
