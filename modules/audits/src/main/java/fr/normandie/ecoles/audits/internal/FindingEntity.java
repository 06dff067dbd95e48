package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.audits.FindingForm;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.Severity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/** A finding of an audit and the corrective actions it called for. */
@Entity
@Table(name = "audit_finding", schema = "audits")
public class FindingEntity {

    @Id
    private UUID id;
    @ManyToOne
    @JoinColumn(name = "audit_id")
    private LabelAuditEntity audit;
    private int position;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    private String criterion;
    private String description;
    @OneToMany(mappedBy = "finding", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<CorrectiveActionEntity> actions;

    protected FindingEntity() {
    }

    /** @param dueOn the due date of an action of this finding: the one given, or the severity's default */
    FindingEntity(LabelAuditEntity audit, UUID projectId, int position, FindingForm form,
                  BiFunction<Severity, LocalDate, LocalDate> dueOn) {
        this.id = UUID.randomUUID();
        this.audit = audit;
        this.position = position;
        this.severity = form.severity();
        this.criterion = FreeText.optional(form.criterion());
        this.description = form.description().strip();
        this.actions = new ArrayList<>();
        for (int i = 0; i < form.actions().size(); i++) {
            actions.add(new CorrectiveActionEntity(this, projectId, i, form.actions().get(i),
                    dueOn.apply(severity, form.actions().get(i).dueOn())));
        }
    }

    UUID auditId() {
        return audit.id();
    }

    Severity severity() {
        return severity;
    }

    LabelAudit.Finding toFinding() {
        return new LabelAudit.Finding(id, severity, criterion, description,
                actions.stream().map(CorrectiveActionEntity::toAction).toList());
    }
}
