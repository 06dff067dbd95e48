package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.audits.ActionForm;
import fr.normandie.ecoles.audits.ActionReview;
import fr.normandie.ecoles.audits.ActionStatus;
import fr.normandie.ecoles.audits.AuditStep;
import fr.normandie.ecoles.audits.CatalogueVersion;
import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.audits.CriteriaCatalogue;
import fr.normandie.ecoles.audits.CriterionVerdict;
import fr.normandie.ecoles.audits.FindingForm;
import fr.normandie.ecoles.audits.LabelAuditForm;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.audits.Severity;
import fr.normandie.ecoles.audits.Theme;
import fr.normandie.ecoles.audits.Verdict;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import fr.normandie.ecoles.workflow.TaskView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Steps 4 and 4 bis, and the re-audits of an open school: the auditor's checklist. Where and when, by whom,
 * a verdict on each criterion of the catalogue's current version (grouped by theme), the findings with
 * their evidence and corrective actions, the review of the corrective actions still open from earlier
 * audits, the conclusion and the outcome. A first audit and a re-audit give a verdict on every criterion;
 * a follow-up gives verdicts only on the criteria it looked at again.
 * <p>
 * Every row is sent in the order shown, so that the module's paths ({@code verdicts[2].verdict},
 * {@code findings[0].actions[1].dueOn}) lead back to the row's fields; a follow-up leaves out the criteria
 * it did not look at.
 */
@Named
@ViewScoped
public class LabelAuditStep implements StepForm, Serializable {

    private static final long serialVersionUID = 1L;

    /** One criterion of the checklist, as the auditor judges it. */
    public static class VerdictRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String themeCode;
        private final String themeTitle;
        private final boolean firstOfTheme;
        private final String criterion;
        private final String wording;
        private final String guidance;
        private Verdict verdict;
        private String comment;
        private String evidence;

        VerdictRow(Theme theme, boolean firstOfTheme, fr.normandie.ecoles.audits.Criterion criterion) {
            this.themeCode = theme.code();
            this.themeTitle = theme.title();
            this.firstOfTheme = firstOfTheme;
            this.criterion = criterion.code();
            this.wording = criterion.wording();
            this.guidance = criterion.guidance();
        }

        boolean isTouched() {
            return verdict != null || !blank(comment) || !blank(evidence);
        }

        CriterionVerdict verdict() {
            return new CriterionVerdict(criterion, verdict, comment, evidence);
        }

        public String getThemeCode() { return themeCode; }
        public String getThemeTitle() { return themeTitle; }
        public boolean isFirstOfTheme() { return firstOfTheme; }
        public String getCriterion() { return criterion; }
        public String getWording() { return wording; }
        public String getGuidance() { return guidance; }
        public Verdict getVerdict() { return verdict; }
        public void setVerdict(Verdict verdict) { this.verdict = verdict; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
        public String getEvidence() { return evidence; }
        public void setEvidence(String evidence) { this.evidence = evidence; }
    }

    /** A corrective action the finding calls for. */
    public static class ActionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private String owner;
        private LocalDate dueOn;

        ActionForm action() {
            return new ActionForm(description, owner, dueOn);
        }

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    }

    /** A finding: its severity, the criterion it concerns, what was seen, and its corrective actions. */
    public static class FindingRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Severity severity;
        private String criterion;
        private String description;
        private final List<ActionRow> actions = new ArrayList<>();

        FindingForm finding() {
            return new FindingForm(severity, blank(criterion) ? null : criterion, description,
                    actions.stream().map(ActionRow::action).toList());
        }

        public Severity getSeverity() { return severity; }
        public void setSeverity(Severity severity) { this.severity = severity; }
        public String getCriterion() { return criterion; }
        public void setCriterion(String criterion) { this.criterion = criterion; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public List<ActionRow> getActions() { return actions; }
    }

    /** A corrective action decided by an earlier audit and still open: what this audit finds of it. */
    public static class ReviewRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final UUID action;
        private final Severity severity;
        private final String description;
        private final String owner;
        private final LocalDate dueOn;
        private final ActionStatus statusBefore;
        private ActionStatus status;
        private String comment;

        ReviewRow(CorrectiveAction action) {
            this.action = action.id();
            this.severity = action.severity();
            this.description = action.description();
            this.owner = action.owner();
            this.dueOn = action.dueOn();
            this.statusBefore = action.status();
        }

        ActionReview review() {
            return new ActionReview(action, status, comment);
        }

        public Severity getSeverity() { return severity; }
        public String getDescription() { return description; }
        public String getOwner() { return owner; }
        public LocalDate getDueOn() { return dueOn; }
        public ActionStatus getStatusBefore() { return statusBefore; }
        public ActionStatus getStatus() { return status; }
        public void setStatus(ActionStatus status) { this.status = status; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    @Inject
    CriteriaCatalogue catalogue;

    @Inject
    Steps steps;

    @Inject
    LabelAudits audits;

    @Inject
    ProjectPage projectPage;

    @Inject
    Clock clock;

    private int catalogueVersion;
    private boolean followUp;
    private final List<VerdictRow> verdicts = new ArrayList<>();
    private final List<FindingRow> findings = new ArrayList<>();
    private final List<ReviewRow> reviews = new ArrayList<>();
    private LabelOutcome outcome;
    private LocalDate auditedOn;
    private String site;
    private String auditors;
    private String conclusion;

    @PostConstruct
    void open() {
        auditedOn = clock.today();
        CatalogueVersion current = catalogue.current();
        catalogueVersion = current.number();
        for (Theme theme : current.themes()) {
            boolean first = true;
            for (var criterion : theme.criteria()) {
                verdicts.add(new VerdictRow(theme, first, criterion));
                first = false;
            }
        }
        TaskView task = projectPage.getTask();
        followUp = task != null && steps.ofKey(task.step()).map(Step::handler)
                .filter(h -> h instanceof AuditStep audit && !audit.kind().isFullInspection()).isPresent();
        audits.openActions(ProjectId.parse(projectPage.getId())).stream().map(ReviewRow::new).forEach(reviews::add);
    }

    @Override
    public Object form() {
        return new LabelAuditForm(outcome, auditedOn, catalogueVersion, site, StepForm.lines(auditors),
                verdictsSent(), findings.stream().map(FindingRow::finding).toList(),
                reviews.stream().map(ReviewRow::review).toList(), conclusion);
    }

    /**
     * Every criterion for a full inspection; for a follow-up, those it gave a verdict on. A follow-up row
     * with a comment but no verdict is refused on its verdict, since the module would not see it.
     */
    private List<CriterionVerdict> verdictsSent() {
        if (!followUp) {
            return verdicts.stream().map(VerdictRow::verdict).toList();
        }
        for (int i = 0; i < verdicts.size(); i++) {
            VerdictRow row = verdicts.get(i);
            if (row.isTouched() && row.getVerdict() == null) {
                throw new InvalidInputException("verdicts[" + i + "].verdict", Texts.get("audit.verdictMissing"));
            }
        }
        // a follow-up sends only the criteria judged: their index in the form differs from the row's, so a
        // refused comment would show at the top of the form; the live check catches it before
        return verdicts.stream().filter(r -> r.getVerdict() != null).map(VerdictRow::verdict).toList();
    }

    /** Marks every criterion not judged yet as compliant: the auditor then changes the exceptions. */
    public void allCompliant() {
        verdicts.stream().filter(r -> r.getVerdict() == null).forEach(r -> r.setVerdict(Verdict.COMPLIANT));
    }

    public void addFinding() {
        FindingRow finding = new FindingRow();
        finding.getActions().add(new ActionRow());
        findings.add(finding);
    }

    public void removeFinding(int index) {
        if (index >= 0 && index < findings.size()) {
            findings.remove(index);
        }
    }

    public void addAction(int finding) {
        if (finding >= 0 && finding < findings.size()) {
            findings.get(finding).getActions().add(new ActionRow());
        }
    }

    public void removeAction(int finding, int action) {
        if (finding >= 0 && finding < findings.size()) {
            List<ActionRow> actions = findings.get(finding).getActions();
            if (action >= 0 && action < actions.size()) {
                actions.remove(action);
            }
        }
    }

    /** How many criteria have a verdict so far, for the progress shown to the auditor. */
    public long getJudged() {
        return verdicts.stream().filter(r -> r.getVerdict() != null).count();
    }

    public LabelOutcome[] getOutcomes() {
        return LabelOutcome.values();
    }

    public Verdict[] getVerdictChoices() {
        return Verdict.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public int getCatalogueVersion() { return catalogueVersion; }
    public boolean isFollowUp() { return followUp; }
    public List<VerdictRow> getVerdicts() { return verdicts; }
    public List<FindingRow> getFindings() { return findings; }
    public List<ReviewRow> getReviews() { return reviews; }
    public LabelOutcome getOutcome() { return outcome; }
    public void setOutcome(LabelOutcome outcome) { this.outcome = outcome; }
    public LocalDate getAuditedOn() { return auditedOn; }
    public void setAuditedOn(LocalDate auditedOn) { this.auditedOn = auditedOn; }
    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
    public String getAuditors() { return auditors; }
    public void setAuditors(String auditors) { this.auditors = auditors; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String conclusion) { this.conclusion = conclusion; }
}
