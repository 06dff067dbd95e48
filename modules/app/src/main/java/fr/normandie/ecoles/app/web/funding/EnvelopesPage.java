package fr.normandie.ecoles.app.web.funding;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.funding.Envelope;
import fr.normandie.ecoles.funding.EnvelopeDetail;
import fr.normandie.ecoles.funding.EnvelopeForm;
import fr.normandie.ecoles.funding.Envelopes;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The Region's budget envelopes, year by year (amount, committed, paid, remaining), the decisions charged
 * to the year shown ({@code ?year=}, by default the current one) with their exports, and, for an
 * administrator, the form that opens a year's envelope or changes its amount.
 */
@Named
@ViewScoped
public class EnvelopesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "envelope";

    @Inject
    Envelopes envelopes;

    @Inject
    CurrentUser user;

    private int shownYear;
    private Integer year;
    private BigDecimal amount;

    @PostConstruct
    void open() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("year");
        shownYear = LocalDate.now(Clock.REGION).getYear();
        if (asked != null && asked.matches("\\d{4}")) {
            shownYear = Integer.parseInt(asked);
        }
        year = shownYear;
    }

    public List<Envelope> getEnvelopes() {
        return envelopes.all();
    }

    /** The envelope shown with its decisions, or null when none is open for that year. */
    public EnvelopeDetail getDetail() {
        return envelopes.all().stream().anyMatch(e -> e.year() == shownYear) ? envelopes.detail(shownYear) : null;
    }

    /** Opens the year's envelope or changes its amount (administrators). */
    public String set() {
        if (!user.isAdmin()) {
            FormErrors.global(Texts.get("envelopes.adminOnly"));
            return null;
        }
        return FormErrors.submit(FORM, () -> {
            if (year == null) {
                throw new InvalidInputException("year", Texts.get("envelopes.yearRequired"));
            }
            return envelopes.set(year, new EnvelopeForm(amount), user.caller());
        }).map(opened -> {
            FormErrors.info(Texts.get(opened ? "envelopes.opened" : "envelopes.changed", String.valueOf(year)));
            return "/funding/envelopes.xhtml?faces-redirect=true&year=" + year;
        }).orElse(null);
    }

    public int getShownYear() { return shownYear; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
}
