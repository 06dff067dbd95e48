package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.audits.ActionReview;
import fr.normandie.ecoles.audits.AuditKind;
import fr.normandie.ecoles.audits.AuditRejectedException;
import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.audits.CatalogueVersion;
import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.audits.CriteriaCatalogue;
import fr.normandie.ecoles.audits.Criterion;
import fr.normandie.ecoles.audits.CriterionVerdict;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelAuditForm;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.audits.Scores;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaLabelAudits implements LabelAudits {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    CriteriaCatalogue catalogue;

    @Inject
    AuditSettings settings;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public LabelOutcome record(ProjectId project, LabelAuditForm form, String recordedBy, AuditKind kind) {
        Inputs.requireValid(validator, form);
        CatalogueVersion version = versionOf(form);
        AuditRules rules = new AuditRules(settings);
        List<FieldReason> violations = rules.check(form, version, kind, openActions(project), clock.today());
        if (!violations.isEmpty()) {
            throw new AuditRejectedException(violations);
        }
        LabelAuditEntity audit = new LabelAuditEntity(project, form, version.number(), recordedBy, kind, clock.nowUtc(),
                (severity, given) -> rules.dueOn(severity, form.auditedOn(), given));
        em.persist(audit);
        for (ActionReview review : form.actionReviews()) {
            em.find(CorrectiveActionEntity.class, review.action()).review(review.status());
        }
        if (kind == AuditKind.RENEWAL) {
            Optional.ofNullable(em.find(LabelRenewalEntity.class, project.value()))
                    .ifPresent(LabelRenewalEntity::reAuditRecorded);
        }
        return form.outcome();
    }

    private CatalogueVersion versionOf(LabelAuditForm form) {
        if (form.catalogueVersion() == null) {
            return catalogue.current();
        }
        return catalogue.version(form.catalogueVersion()).orElseThrow(() -> new AuditRejectedException(List.of(
                new FieldReason("catalogueVersion", "Aucune version du cahier des charges ne porte le numéro "
                        + form.catalogueVersion() + "."))));
    }

    @Override
    public List<LabelAudit.Summary> ofProject(ProjectId project) {
        Map<Integer, Optional<CatalogueVersion>> versions = new HashMap<>();
        return em.createNamedQuery("LabelAudit.ofProject", LabelAuditEntity.class)
                .setParameter("project", project.value()).getResultList().stream()
                .map(audit -> audit.toSummary(scores(audit, versions).overall()))
                .toList();
    }

    @Override
    public Optional<LabelAudit> find(UUID id) {
        LabelAuditEntity audit = em.find(LabelAuditEntity.class, id);
        if (audit == null) {
            return Optional.empty();
        }
        Optional<CatalogueVersion> version = versionOf(audit);
        List<LabelAudit.RecordedVerdict> verdicts = audit.verdicts().stream()
                .map(verdict -> recorded(verdict, version)).toList();
        List<LabelAudit.Review> reviews = audit.reviews().stream().map(review -> new LabelAudit.Review(review.action(),
                em.find(CorrectiveActionEntity.class, review.action()).toAction().description(),
                review.status(), review.comment())).toList();
        return Optional.of(audit.toAudit(verdicts, reviews, scores(audit, new HashMap<>())));
    }

    @Override
    public List<CorrectiveAction> openActions(ProjectId project) {
        return em.createNamedQuery("CorrectiveAction.openOfProject", CorrectiveActionEntity.class)
                .setParameter("project", project.value()).getResultList().stream()
                .map(CorrectiveActionEntity::toAction).toList();
    }

    private static LabelAudit.RecordedVerdict recorded(CriterionVerdict verdict, Optional<CatalogueVersion> version) {
        return new LabelAudit.RecordedVerdict(
                version.flatMap(v -> v.themeOf(verdict.criterion())).map(t -> t.title()).orElse(null),
                verdict.criterion(),
                version.flatMap(v -> v.criterion(verdict.criterion())).map(Criterion::wording).orElse(null),
                verdict.verdict(), verdict.comment(), verdict.evidence());
    }

    private Scores scores(LabelAuditEntity audit, Map<Integer, Optional<CatalogueVersion>> versions) {
        return versions.computeIfAbsent(audit.catalogueVersion(), number -> versionOf(audit))
                .map(version -> Scores.of(version, audit.verdicts()))
                .orElse(new Scores(null, List.of()));
    }

    private Optional<CatalogueVersion> versionOf(LabelAuditEntity audit) {
        return audit.catalogueVersion() == null ? Optional.empty() : catalogue.version(audit.catalogueVersion());
    }
}
