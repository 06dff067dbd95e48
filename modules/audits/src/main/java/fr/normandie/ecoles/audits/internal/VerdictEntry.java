package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.audits.CriterionVerdict;
import fr.normandie.ecoles.audits.Verdict;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A verdict of an audit on one criterion. */
@Embeddable
public class VerdictEntry {

    private String criterion;
    @Enumerated(EnumType.STRING)
    private Verdict verdict;
    @Column(name = "comment_text")
    private String comment;
    private String evidence;

    protected VerdictEntry() {
    }

    VerdictEntry(CriterionVerdict form) {
        this.criterion = form.criterion();
        this.verdict = form.verdict();
        this.comment = FreeText.optional(form.comment());
        this.evidence = FreeText.optional(form.evidence());
    }

    CriterionVerdict toVerdict() {
        return new CriterionVerdict(criterion, verdict, comment, evidence);
    }
}
