package fr.normandie.ecoles.app.web.account;

import fr.normandie.ecoles.app.absences.Absence;
import fr.normandie.ecoles.app.absences.AbsenceForm;
import fr.normandie.ecoles.app.absences.Absences;
import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.kernel.Clock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/** "Mes absences": the person's absences, and the form declaring one (from, to, substitute). */
@Named
@RequestScoped
public class AbsencesPage {

    static final String FORM = "absence";

    static final String LIST = "absences";

    @Inject
    Clock clock;

    @Inject
    Absences absences;

    @Inject
    CurrentUser user;

    private LocalDate from;
    private LocalDate to;
    private String substitute;

    public List<Absence> getAbsences() {
        return absences.of(user.caller().name());
    }

    /** Whether the absence can still be withdrawn: it has not ended. */
    public boolean withdrawable(Absence absence) {
        return !absence.to().isBefore(clock.today());
    }

    public String withdraw(Absence absence) {
        return FormErrors.submit(LIST, () -> {
            absences.withdraw(absence.id(), user.caller());
            return absence;
        }).map(withdrawn -> {
            FormErrors.info(Texts.get("absences.withdrawn"));
            return "/account/absences.xhtml?faces-redirect=true";
        }).orElse(null);
    }

    public String declare() {
        return FormErrors.submit(FORM, () -> absences.declare(new AbsenceForm(from, to, substitute), user.caller()))
                .map(absence -> {
                    FormErrors.info(Texts.get("absences.declared", absence.substitute()));
                    return "/account/absences.xhtml?faces-redirect=true";
                }).orElse(null);
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getSubstitute() { return substitute; }
    public void setSubstitute(String substitute) { this.substitute = substitute; }
}
