package fr.normandie.ecoles.app.web.schools;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.NotFound;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.SchoolChange;
import fr.normandie.ecoles.schools.SchoolChangeForm;
import fr.normandie.ecoles.schools.SchoolStatus;
import fr.normandie.ecoles.schools.SchoolStatusChange;
import fr.normandie.ecoles.schools.SchoolStatuses;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.workflow.SchoolLifecycle;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A school's situation ({@code /schools/status.xhtml?id=}): open, suspended or closed today, its changes so far,
 * and for staff the form that suspends, resumes or closes it (which also ends its pending re-audit).
 */
@Named
@ViewScoped
public class SchoolStatusPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "status";

    @Inject
    Schools schools;

    @Inject
    SchoolStatuses statuses;

    @Inject
    SchoolLifecycle lifecycle;

    @Inject
    CurrentUser user;

    private UUID schoolId;
    private SchoolChange change;
    private LocalDate effectiveOn;
    private String reason;

    @PostConstruct
    void open() {
        schoolId = parse(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"))
                .filter(id -> schools.find(id).isPresent()).orElse(null);
        if (schoolId == null) {
            NotFound.answer();
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isFound() {
        return schoolId != null;
    }

    public School getSchool() {
        return schools.find(schoolId).orElseThrow();
    }

    public SchoolStatus getStatusToday() {
        return statuses.statusOn(schoolId, LocalDate.now(Clock.REGION));
    }

    public List<SchoolStatusChange> getChanges() {
        return statuses.changes(schoolId);
    }

    /** Staff and administrators change a school's situation; the others read it. */
    public boolean isEditable() {
        return user.isStaff() || user.isAdmin();
    }

    public SchoolChange[] getChangeKinds() {
        return SchoolChange.values();
    }

    public String record() {
        return FormErrors.submit(FORM, () -> lifecycle.changeStatus(schoolId,
                        new SchoolChangeForm(change, effectiveOn, reason), user.caller()))
                .map(recorded -> {
                    FormErrors.info(Texts.get("schoolStatus.recorded"));
                    return "/schools/status.xhtml?faces-redirect=true&id=" + schoolId;
                }).orElse(null);
    }

    public SchoolChange getChange() { return change; }
    public void setChange(SchoolChange change) { this.change = change; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
