package fr.normandie.ecoles.app.web.audits;

import fr.normandie.ecoles.app.web.NotFound;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelAudits;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.Objects;
import java.util.UUID;

/** One recorded audit ({@code ?id=}): verdicts by theme, findings and actions, reviews, scores, its report. */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    LabelAudits audits;

    private LabelAudit audit;

    @PostConstruct
    void open() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        audit = parse(id).flatMap(audits::find).orElse(null);
        if (audit == null) {
            NotFound.answer();
        }
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(Objects.requireNonNull(id)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }


    public boolean isFound() {
        return audit != null;
    }

    public LabelAudit getAudit() {
        return audit;
    }

    /** The auditors, comma-separated. */
    public String getAuditors() {
        return String.join(", ", audit.auditors());
    }
}
