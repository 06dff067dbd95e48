package fr.normandie.ecoles.app.web.schools;

import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.audits.LabelState;
import fr.normandie.ecoles.audits.LabelStatus;
import fr.normandie.ecoles.audits.LabelStatuses;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.School;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/** The school's FNEP label, from the audits module: its state and the audits that made its history. */
@Named
@RequestScoped
public class SchoolLabel {

    @Inject
    LabelAudits audits;

    @Inject
    LabelStatuses statuses;

    @Inject
    SchoolPage page;

    private List<LabelAudit.Summary> history;

    /**
     * Whose label the audits module keeps for this school: the project that opened it. A school older than the
     * software has none, so no audit of its is recorded yet.
     */
    static Optional<ProjectId> subject(School school) {
        return Optional.ofNullable(school.projectId());
    }

    public LabelState getState() {
        return subject(page.getSchool()).map(statuses::of).map(LabelStatus::state).orElse(LabelState.NOT_AUDITED);
    }

    /** The audits, as the audits module lists them. */
    public List<LabelAudit.Summary> getHistory() {
        if (history == null) {
            history = subject(page.getSchool()).map(audits::ofProject).orElse(List.of());
        }
        return history;
    }
}
