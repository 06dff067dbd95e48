package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.AgreementOutcome;
import fr.normandie.ecoles.funding.AmendmentForm;
import fr.normandie.ecoles.funding.OperatingBasis;
import fr.normandie.ecoles.funding.ReleaseReason;
import fr.normandie.ecoles.funding.RuleWarning;
import fr.normandie.ecoles.funding.ShareChecks;
import fr.normandie.ecoles.funding.BalanceOutcome;
import fr.normandie.ecoles.funding.FundingConflictException;
import fr.normandie.ecoles.funding.Grant;
import fr.normandie.ecoles.funding.GrantAgreementForm;
import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.GrantInstructionForm;
import fr.normandie.ecoles.funding.GrantKind;
import fr.normandie.ecoles.funding.GrantLapses;
import fr.normandie.ecoles.funding.GrantPaymentForm;
import fr.normandie.ecoles.funding.GrantPaymentOutcome;
import fr.normandie.ecoles.funding.GrantRequestForm;
import fr.normandie.ecoles.funding.GrantStatus;
import fr.normandie.ecoles.funding.GrantSummary;
import fr.normandie.ecoles.funding.GrantVoteForm;
import fr.normandie.ecoles.funding.GrantVoteOutcome;
import fr.normandie.ecoles.funding.GrantYear;
import fr.normandie.ecoles.funding.Grants;
import fr.normandie.ecoles.funding.InstructionOpinion;
import fr.normandie.ecoles.funding.UnknownGrantException;
import fr.normandie.ecoles.funding.UseReportForm;
import fr.normandie.ecoles.funding.UseReportOutcome;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.kernel.Rejected;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.UnknownSchoolException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The grants and the recording of their steps. Every change checks the caller, then the grant's state and the
 * form, and only then writes: a refusal writes nothing. Money moves by conditional updates on the grant's row and
 * its year's row (what is paid never exceeds a year, nor the grant but its balance before the use report), and
 * through {@link GrantBudget} for the budget it draws on.
 */
@ApplicationScoped
public class JpaGrants implements Grants, GrantLapses {

    /** Who releases a lapsed grant's commitments: the engine's timer, on nobody's order. */
    static final String LAPSE = "échéance de la convention";

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    GrantBudget budget;

    @Inject
    FundingSettings settings;

    @Inject
    ShareChecks shares;

    @Inject
    Schools schools;

    @Inject
    Projects projects;

    @Inject
    JpaUseOfGrantReports useReports;

    @Override
    @Transactional
    public Grant request(Caller caller, GrantRequestForm form) {
        FundingRights.requireFundingOfficer(caller);
        Inputs.requireValid(validator, form);
        if (form.kind() == GrantKind.OPENING) {
            throw new InvalidInputException("kind", "Une subvention d'ouverture se décide à l'étape « Décision de "
                    + "subvention régionale » du projet : demandez ici une aide au fonctionnement ou à l'investissement.");
        }
        School school = schools.find(form.school()).orElseThrow(() -> new UnknownSchoolException(form.school().toString()));
        if (school.openedOn().isAfter(today())) {
            throw new InvalidInputException("school", "L'école « " + school.name() + " » n'ouvre que le "
                    + school.openedOn() + " : seule une école ouverte reçoit une subvention de fonctionnement ou "
                    + "d'investissement.");
        }
        requireAmounts("amounts", form.amounts(), i -> form.expenses(),
                "Le montant demandé ne peut dépasser les dépenses prévues (%s).");
        GrantEntity grant = new GrantEntity(form, caller.name());
        em.persist(grant);
        for (int i = 0; i < form.amounts().size(); i++) {
            em.persist(new GrantYearEntity(grant.id().value(), form.firstYear() + i, form.amounts().get(i)));
        }
        em.flush();
        return find(grant.id());
    }

    /** The opening's subsidy decision, kept as a grant of kind OPENING (same id) in the decision's transaction. */
    void recordOpeningDecision(SubsidyDecisionEntity decision) {
        int year = decision.envelopeYear() != null ? decision.envelopeYear() : today().getYear();
        BigDecimal total = decision.totalGranted();
        GrantEntity grant = new GrantEntity(decision.id().value(), decision.projectId().value(), decision.granted(),
                year, decision.votedOn(), decision.deliberation(), total, settings.agreementRequired(List.of(total)),
                decision.decidedBy());
        em.persist(grant);
        GrantYearEntity only = new GrantYearEntity(grant.id().value(), year, total);
        only.grant(total);
        em.persist(only);
    }

    public InstructionOpinion instruct(Caller caller, GrantId id, GrantInstructionForm form) {
        FundingRights.requireFundingOfficer(caller);
        GrantEntity grant = inStatus(id, GrantStatus.REQUESTED);
        Inputs.requireValid(validator, form);
        List<GrantYearEntity> years = years(grant);
        if (form.opinion() == InstructionOpinion.FAVOURABLE || !form.proposed().isEmpty()) {
            requireOnePerYear("proposed", form.proposed(), years);
            requireAmounts("proposed", form.proposed(), i -> years.get(i).requested(),
                    "Le montant proposé ne peut dépasser le montant demandé (%s).");
            IntStream.range(0, years.size()).forEach(i -> years.get(i).propose(form.proposed().get(i)));
        }
        grant.instructed(form.opinion(), form.note(), caller.name());
        return form.opinion();
    }

    /** A grant is committed first: a budget that cannot bear it stops the vote before anything is written. */
    public GrantVoteOutcome vote(Caller caller, GrantId id, GrantVoteForm form) {
        FundingRights.requireFundingOfficer(caller);
        GrantEntity grant = inStatus(id, GrantStatus.INSTRUCTED);
        Inputs.requireValid(validator, form);
        if (!form.granted()) {
            grant.refused(form.votedOn(), form.deliberation());
            return GrantVoteOutcome.REFUSED;
        }
        List<GrantYearEntity> years = years(grant);
        requireOnePerYear("amounts", form.amounts(), years);
        requireAmounts("amounts", form.amounts(), i -> years.get(i).requested(),
                "Le montant accordé ne peut dépasser le montant demandé (%s).");
        List<RuleWarning> warnings = IntStream.range(0, years.size()).boxed()
                .flatMap(i -> shares.check(GrantBudget.kind(grant), grant.expenses(), form.amounts().get(i), OperatingBasis.BUDGET_SHARE,
                        null, "amounts[" + i + "]").stream()).toList();
        shares.requireJustified(warnings, form.justification(), "justification");
        BigDecimal total = total(form.amounts());
        grant.justified(warnings.stream().map(RuleWarning::message).toList(), form.justification());
        budget.commit(grant, total, form.votedOn(), form.deliberation(), label(grant), caller.name());
        IntStream.range(0, years.size()).forEach(i -> years.get(i).grant(form.amounts().get(i)));
        boolean agreement = settings.agreementRequired(form.amounts());
        grant.voted(form.votedOn(), form.deliberation(), total, balanceOf(total), agreement);
        return agreement ? GrantVoteOutcome.GRANTED_UNDER_AGREEMENT : GrantVoteOutcome.GRANTED;
    }

    public AgreementOutcome sign(Caller caller, GrantId id, GrantAgreementForm form) {
        FundingRights.requireFundingOfficer(caller);
        GrantEntity grant = inStatus(id, GrantStatus.VOTED);
        Inputs.requireValid(validator, form);
        if (form.signedOn().isBefore(grant.votedOn())) {
            throw new InvalidInputException("signedOn", "La convention ne peut être signée avant le vote de la "
                    + "subvention (" + grant.votedOn() + ").");
        }
        grant.signed(form.signedOn(), form.reference());
        return AgreementOutcome.SIGNED;
    }

    public GrantPaymentOutcome payInstalment(Caller caller, GrantId id, GrantPaymentForm form) {
        FundingRights.requireFundingOfficer(caller);
        GrantEntity grant = inStatus(id, GrantStatus.PAYING);
        Inputs.requireValid(validator, form);
        requirePayable(grant, form);
        if (em.createNamedQuery("GrantEntity.payInstalment").setParameter("id", id.value())
                .setParameter("amount", form.amount()).executeUpdate() == 0) {
            throw new InvalidInputException("amount", "Ce versement dépasserait ce qui peut être versé avant le compte "
                    + "rendu financier : il reste " + Euros.format(grant.instalmentsLeft()) + " (le solde de "
                    + Euros.format(grant.balance()) + " attend le compte rendu).");
        }
        GrantEntity paid = payYear(grant, form, false, caller);
        if (paid.instalmentsLeft().signum() > 0) {
            return GrantPaymentOutcome.INSTALMENTS_REMAIN;
        }
        paid.status(GrantStatus.REPORT_DUE);
        return GrantPaymentOutcome.REPORT_AWAITED;
    }

    public UseReportOutcome report(Caller caller, GrantId id, UseReportForm form) {
        FundingRights.requireFundingOfficer(caller);
        GrantEntity grant = inStatus(id, GrantStatus.REPORT_DUE);
        Inputs.requireValid(validator, form);
        if (form.receivedOn().isBefore(grant.votedOn())) {
            throw new InvalidInputException("receivedOn", "Le compte rendu ne peut précéder le vote de la subvention ("
                    + grant.votedOn() + ").");
        }
        BigDecimal unjustified = grant.paid().subtract(Euros.cents(form.spent()));
        if (form.justified() && unjustified.signum() > 0) {
            throw new InvalidInputException("justified", "Le compte rendu ne justifie que " + Euros.format(form.spent())
                    + " de dépenses pour " + Euros.format(grant.paid()) + " versés : la subvention n'est pas justifiée "
                    + "(répondez « non » : un titre de recette de " + Euros.format(unjustified) + " sera émis).");
        }
        grant.reported(form.receivedOn(), form.spent(), form.justified(), form.summary());
        if (form.justified()) {
            return UseReportOutcome.JUSTIFIED;
        }
        withhold(grant, form, unjustified, caller);
        return UseReportOutcome.NOT_JUSTIFIED;
    }

    /**
     * The balance withheld: what is left unpaid goes back to the budget, and what was paid beyond the spending the
     * report justifies is to be paid back (a recovery order for the difference).
     */
    private void withhold(GrantEntity grant, UseReportForm form, BigDecimal unjustified, Caller caller) {
        String report = "compte rendu financier reçu le " + Labels.shortDate(form.receivedOn());
        budget.release(grant, ReleaseReason.OTHER, "Solde retenu : l'emploi de la subvention n'est pas justifié ("
                + report + ").", caller.name());
        if (unjustified.signum() > 0) {
            budget.recover(grant, unjustified, form.receivedOn(), "Emploi non justifié : " + Euros.format(form.spent())
                    + " de dépenses justifiées pour " + Euros.format(grant.paid()) + " versés (" + report + ").",
                    caller.name());
        }
    }

    @Override
    public LocalDate lastDayToSign(GrantId id) {
        GrantEntity grant = grant(id);
        if (grant.votedOn() == null) {
            throw new FundingConflictException("La subvention n'est pas votée : sa convention n'a pas encore de délai.");
        }
        LocalDate fromVote = grant.votedOn().plus(settings.agreementSignatureDelay());
        return fromVote.isBefore(today()) ? today().plus(settings.agreementSignatureDelay()) : fromVote;
    }

    @Override
    @Transactional
    public boolean lapse(GrantId id) {
        GrantEntity grant = grant(id);
        if (grant.status() != GrantStatus.VOTED) {
            return false;
        }
        budget.release(grant, ReleaseReason.AGREEMENT_LAPSED, "Convention non signée dans le délai de signature ("
                + Labels.shortDate(today()) + ") : la subvention est caduque.", LAPSE);
        grant.status(GrantStatus.LAPSED);
        return true;
    }

    public BalanceOutcome payBalance(Caller caller, GrantId id, GrantPaymentForm form) {
        FundingRights.requireFundingOfficer(caller);
        GrantEntity grant = inStatus(id, GrantStatus.BALANCE_DUE);
        Inputs.requireValid(validator, form);
        useReports.requireValidatedReport(id, form.year());
        requirePayable(grant, form);
        if (em.createNamedQuery("GrantEntity.payBalance").setParameter("id", id.value())
                .setParameter("amount", form.amount()).executeUpdate() == 0) {
            throw new InvalidInputException("amount", "Le solde est exactement ce qui reste à verser : "
                    + Euros.format(grant.granted().subtract(grant.paid())) + ".");
        }
        payYear(grant, form, true, caller).status(GrantStatus.PAID);
        return BalanceOutcome.BALANCE_PAID;
    }

    @Override
    @Transactional
    public Grant amend(Caller caller, GrantId id, AmendmentForm form) {
        FundingRights.requireFundingOfficer(caller);
        GrantEntity grant = grant(id);
        if (!Set.of(GrantStatus.VOTED, GrantStatus.PAYING, GrantStatus.REPORT_DUE, GrantStatus.BALANCE_DUE)
                .contains(grant.status()) || grant.kind() == GrantKind.OPENING) {
            throw new FundingConflictException("Seule une subvention votée et pas encore soldée d'une école peut être "
                    + "modifiée par avenant.");
        }
        Inputs.requireValid(validator, form);
        List<GrantYearEntity> years = years(grant);
        requireOnePerYear("amounts", form.amounts(), years);
        List<FieldReason> belowPaid = IntStream.range(0, years.size())
                .filter(i -> form.amounts().get(i).compareTo(years.get(i).paid()) < 0)
                .mapToObj(i -> new FieldReason("amounts[" + i + "]", "L'année " + years.get(i).year()
                        + " a déjà reçu " + Euros.format(years.get(i).paid()) + " : l'avenant ne peut descendre en dessous."))
                .toList();
        reject(belowPaid);
        if (form.votedOn().isBefore(grant.votedOn())) {
            throw new InvalidInputException("votedOn", "L'avenant ne peut être voté avant la subvention ("
                    + grant.votedOn() + ").");
        }
        BigDecimal total = total(form.amounts());
        if (total.signum() == 0) {
            throw new InvalidInputException("amounts", "Un avenant ne peut ramener la subvention à zéro.");
        }
        BigDecimal change = total.subtract(grant.granted());
        long number = em.createQuery("select count(a) from GrantAmendmentEntity a where a.grantId = :grant", Long.class)
                .setParameter("grant", id.value()).getSingleResult();
        String label = "avenant n° " + (number + 1) + " — " + label(grant);
        if (change.signum() > 0) {
            budget.commit(grant, change, form.votedOn(), form.deliberation(), label, caller.name());
        } else if (change.signum() < 0) {
            budget.cut(grant, total.subtract(grant.paid()), form.votedOn(), form.deliberation(), label, caller.name());
        }
        List<BigDecimal> before = years.stream().map(GrantYearEntity::granted).toList();
        em.persist(new GrantAmendmentEntity(id, (int) number + 1, form, before, caller.name()));
        IntStream.range(0, years.size()).forEach(i -> years.get(i).grant(form.amounts().get(i)));
        grant.amended(total, balanceOf(total).min(total.subtract(grant.paid())).max(BigDecimal.ZERO));
        em.flush();
        return find(id);
    }

    @Override
    public Grant find(GrantId id) {
        GrantEntity grant = grant(id);
        GrantSummary summary = summaries(List.of(grant)).get(0);
        return new Grant(summary, grant.purpose(), grant.expenses(), grant.workshopSales(), grant.otherFunders(),
                grant.apprenticeshipTax(), grant.opinion(), grant.instructionNote(), grant.agreementReference(),
                grant.reportReceivedOn(), grant.reportSpent(), grant.reportJustified(), grant.reportSummary(),
                grant.balance(), summary.granted().subtract(summary.paid()),
                years(grant).stream().map(GrantYearEntity::toGrantYear).toList(),
                em.createNamedQuery("GrantPaymentEntity.ofGrant", GrantPaymentEntity.class)
                        .setParameter("grant", id.value()).getResultStream()
                        .map(GrantPaymentEntity::toGrantPayment).toList(),
                em.createNamedQuery("GrantAmendmentEntity.ofGrant", GrantAmendmentEntity.class)
                        .setParameter("grant", id.value()).getResultStream()
                        .map(GrantAmendmentEntity::toAmendment).toList(),
                grant.ruleWarnings(), grant.justification(), grant.requestedBy(),
                grant.requestedAt().toInstant(ZoneOffset.UTC), budget.releases(grant), budget.recoveries(grant));
    }

    @Override
    public List<GrantSummary> list(UUID school, GrantStatus status) {
        List<GrantEntity> grants = school != null
                ? em.createNamedQuery("GrantEntity.ofSchool", GrantEntity.class).setParameter("school", school).getResultList()
                : status != null
                ? em.createNamedQuery("GrantEntity.inStatus", GrantEntity.class).setParameter("statuses", List.of(status)).getResultList()
                : em.createNamedQuery("GrantEntity.all", GrantEntity.class).getResultList();
        return summaries(grants.stream().filter(g -> status == null || g.status() == status).toList());
    }

    @Override
    public List<GrantSummary> paymentsDue(LocalDate day) {
        LocalDate endOfMonth = day.withDayOfMonth(day.lengthOfMonth());
        List<GrantEntity> grants = em.createNamedQuery("GrantEntity.inStatus", GrantEntity.class)
                .setParameter("statuses", List.of(GrantStatus.PAYING, GrantStatus.BALANCE_DUE)).getResultList();
        return summaries(grants).stream()
                .filter(g -> g.nextPaymentDue() != null && !g.nextPaymentDue().isAfter(endOfMonth))
                .sorted(Comparator.comparing(GrantSummary::nextPaymentDue)).toList();
    }

    private List<GrantSummary> summaries(List<GrantEntity> grants) {
        if (grants.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<GrantYearEntity>> years = em.createNamedQuery("GrantYearEntity.ofGrants", GrantYearEntity.class)
                .setParameter("grants", grants.stream().map(g -> g.id().value()).toList()).getResultStream()
                .collect(Collectors.groupingBy(GrantYearEntity::grantId));
        Map<UUID, School> schoolsById = grants.stream().anyMatch(g -> g.schoolId() != null)
                ? schools.all().stream().collect(Collectors.toMap(School::id, Function.identity())) : Map.of();
        Set<ProjectId> projectIds = grants.stream().map(GrantEntity::projectId).filter(Objects::nonNull)
                .map(ProjectId::new).collect(Collectors.toSet());
        Map<ProjectId, ProjectSummary> projectsById = projectIds.isEmpty() ? Map.of() : projects.summaries(projectIds);
        List<GrantSummary> summaries = new ArrayList<>();
        for (GrantEntity g : grants) {
            List<GrantYearEntity> ofGrant = years.getOrDefault(g.id().value(), List.of());
            School school = g.schoolId() == null ? null : schoolsById.get(g.schoolId());
            ProjectSummary project = g.projectId() == null ? null : projectsById.get(new ProjectId(g.projectId()));
            String name = school != null ? school.name() : project != null ? project.name() : "";
            String beneficiary = school != null ? school.carrier() : project != null ? project.carrier() : "";
            String department = school != null ? school.departmentCode() : project != null ? project.departmentCode() : "";
            BigDecimal paid = g.kind() == GrantKind.OPENING ? openingPaid(g) : g.paid();
            summaries.add(new GrantSummary(g.id().toString(), g.kind(), g.status(), Objects.toString(g.schoolId(), null),
                    Objects.toString(g.projectId(), null), name, beneficiary, department, g.firstYear(), g.years(),
                    g.votedOn(), g.deliberation(), g.agreementRequired(), g.agreementSignedOn(),
                    total(ofGrant.stream().map(GrantYearEntity::requested).toList()), g.granted(), paid,
                    nextPaymentDue(g, ofGrant)));
        }
        return summaries;
    }

    /** An opening grant is paid by the opening's schedule: its payments are on its decision. */
    private BigDecimal openingPaid(GrantEntity grant) {
        SubsidyDecisionEntity decision = em.find(SubsidyDecisionEntity.class, grant.id().value());
        return decision == null ? grant.paid() : decision.paid();
    }

    /**
     * Each year's instalments fall due on 1 January of that year, not before the agreement (or the vote when none
     * is needed); the balance when the use report justified the grant.
     */
    static LocalDate nextPaymentDue(GrantEntity grant, List<GrantYearEntity> years) {
        if (grant.status() == GrantStatus.BALANCE_DUE) {
            return grant.reportReceivedOn();
        }
        if (grant.status() != GrantStatus.PAYING) {
            return null;
        }
        LocalDate from = grant.agreementSignedOn() != null ? grant.agreementSignedOn() : grant.votedOn();
        return years.stream().filter(y -> y.paid().compareTo(y.granted()) < 0).findFirst()
                .map(y -> LocalDate.of(y.year(), 1, 1)).map(d -> d.isBefore(from) ? from : d).orElse(null);
    }

    private void requirePayable(GrantEntity grant, GrantPaymentForm form) {
        if (form.year() < grant.firstYear() || form.year() >= grant.firstYear() + grant.years()) {
            throw new InvalidInputException("year", "Cette subvention porte sur les années " + grant.firstYear() + " à "
                    + (grant.firstYear() + grant.years() - 1) + ".");
        }
        LocalDate from = grant.agreementSignedOn() != null ? grant.agreementSignedOn() : grant.votedOn();
        if (form.paidOn().isBefore(from)) {
            throw new InvalidInputException("paidOn", "Un versement ne peut précéder " + (grant.agreementSignedOn() != null
                    ? "la signature de la convention" : "le vote de la subvention") + " (" + from + ").");
        }
        long sameReference = em.createNamedQuery("GrantPaymentEntity.withReference", Long.class)
                .setParameter("grant", grant.id().value()).setParameter("reference", form.reference().strip())
                .getSingleResult();
        if (sameReference > 0) {
            throw new FundingConflictException("Un versement de référence « " + form.reference().strip()
                    + " » est déjà enregistré sur cette subvention.");
        }
    }

    /** Adds the payment to its year (never above it), records it, charges the budget; answers the grant as it is now. */
    private GrantEntity payYear(GrantEntity grant, GrantPaymentForm form, boolean balance, Caller caller) {
        if (em.createNamedQuery("GrantYearEntity.pay").setParameter("grant", grant.id().value())
                .setParameter("year", form.year()).setParameter("amount", form.amount()).executeUpdate() == 0) {
            throw new InvalidInputException("amount", "Ce versement dépasserait le montant accordé pour "
                    + form.year() + ".");
        }
        budget.pay(grant, form.amount(), form.paidOn(), form.reference().strip(), caller.name());
        em.persist(new GrantPaymentEntity(grant.id(), form, balance, caller.name()));
        em.flush();
        em.refresh(grant);
        return grant;
    }

    /** What the commitment is for, as the ledger and the year's close show it. */
    private String label(GrantEntity grant) {
        String school = schools.find(grant.schoolId()).map(School::name).orElse("");
        String years = grant.years() == 1 ? String.valueOf(grant.firstYear())
                : grant.firstYear() + "-" + (grant.firstYear() + grant.years() - 1);
        String label = (grant.kind() == GrantKind.INVESTMENT ? "Investissement " : "Fonctionnement ") + years + " — " + school;
        return label.length() > 200 ? label.substring(0, 200) : label;
    }

    private BigDecimal balanceOf(BigDecimal total) {
        return total.multiply(settings.balanceShare()).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal total(List<BigDecimal> amounts) {
        return amounts.stream().map(Euros::cents).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void requireOnePerYear(String field, List<BigDecimal> amounts, List<GrantYearEntity> years) {
        if (amounts.size() != years.size()) {
            throw new InvalidInputException(field, "Indiquez un montant pour chacune des " + years.size()
                    + " année(s) de la subvention (" + years.get(0).year() + " à " + years.get(years.size() - 1).year() + ").");
        }
    }

    /** Each amount within its bound, and at least one above zero; one reason per amount at fault. */
    private static void requireAmounts(String field, List<BigDecimal> amounts, Function<Integer, BigDecimal> bound,
                                       String aboveBound) {
        List<FieldReason> reasons = IntStream.range(0, amounts.size())
                .filter(i -> amounts.get(i).compareTo(bound.apply(i)) > 0)
                .mapToObj(i -> new FieldReason(field + "[" + i + "]", String.format(aboveBound, Euros.format(bound.apply(i)))))
                .toList();
        reject(reasons);
        if (total(amounts).signum() == 0) {
            throw new InvalidInputException(field, "Au moins une année doit porter un montant.");
        }
    }

    private static void reject(List<FieldReason> reasons) {
        if (!reasons.isEmpty()) {
            throw new Rejected(Rejected.Kind.INVALID, "Montants invalides", reasons);
        }
    }

    private List<GrantYearEntity> years(GrantEntity grant) {
        return em.createNamedQuery("GrantYearEntity.ofGrants", GrantYearEntity.class)
                .setParameter("grants", List.of(grant.id().value())).getResultList();
    }

    /**
     * The grant, if it is at that point. Two people completing one step at once are told apart by the engine: the
     * second completion of the task fails and rolls back everything it wrote.
     */
    private GrantEntity inStatus(GrantId id, GrantStatus expected) {
        GrantEntity grant = grant(id);
        if (grant.status() != expected) {
            throw new FundingConflictException("Cette subvention n'en est plus là : elle est à l'état "
                    + grant.status() + ". Rien n'a été enregistré.");
        }
        return grant;
    }

    private GrantEntity grant(GrantId id) {
        return Optional.ofNullable(em.find(GrantEntity.class, id.value()))
                .orElseThrow(() -> new UnknownGrantException(id.toString()));
    }

    private static LocalDate today() {
        return LocalDate.now(FundingDocuments.REGION);
    }
}
