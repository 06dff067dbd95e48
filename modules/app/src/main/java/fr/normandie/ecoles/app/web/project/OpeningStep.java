package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.schools.OpeningForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/** Step 6: the school opens its doors. */
@Named
@ViewScoped
public class OpeningStep implements StepForm, Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate openedOn;
    private Integer pupils;

    @Override
    public Object form() {
        return new OpeningForm(openedOn, pupils);
    }

    public LocalDate getOpenedOn() { return openedOn; }
    public void setOpenedOn(LocalDate openedOn) { this.openedOn = openedOn; }
    public Integer getPupils() { return pupils; }
    public void setPupils(Integer pupils) { this.pupils = pupils; }
}
