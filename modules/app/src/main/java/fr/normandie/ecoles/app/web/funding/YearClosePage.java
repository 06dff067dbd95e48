package fr.normandie.ecoles.app.web.funding;

import fr.normandie.ecoles.funding.Recoveries;
import fr.normandie.ecoles.funding.RecoveryOrder;
import fr.normandie.ecoles.funding.YearClose;
import fr.normandie.ecoles.funding.YearCloses;
import fr.normandie.ecoles.kernel.Clock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/**
 * The close of a budget year for funding officers ({@code ?year=}, by default the current one): commitments made,
 * released and carried over, payment credits consumed, what is left to pay by school, department and kind, the
 * exports for the accounting system, and the recovery orders still to collect.
 */
@Named
@RequestScoped
public class YearClosePage {

    @Inject
    YearCloses closes;

    @Inject
    Recoveries recoveries;

    private int year;
    private YearClose close;

    @PostConstruct
    void open() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("year");
        year = asked != null && asked.matches("\\d{4}") ? Integer.parseInt(asked) : LocalDate.now(Clock.REGION).getYear();
    }

    public int getYear() {
        return year;
    }

    public int getPreviousYear() {
        return year - 1;
    }

    public int getNextYear() {
        return year + 1;
    }

    public YearClose getClose() {
        if (close == null) {
            close = closes.close(year);
        }
        return close;
    }

    public List<RecoveryOrder> getOutstandingRecoveries() {
        return recoveries.all(true);
    }
}
