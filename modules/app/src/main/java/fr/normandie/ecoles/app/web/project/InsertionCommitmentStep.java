package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.schools.InsertionCommitmentForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** Step 3: how the pupils' insertion is secured. */
@Named
@ViewScoped
public class InsertionCommitmentStep implements StepForm, Serializable {

    private static final long serialVersionUID = 1L;

    private Boolean secured;
    private String partnerFirms;
    private Integer targetInsertionRate;
    private Boolean missionLocaleAgreement;
    private String missionLocale;

    @Override
    public Object form() {
        return new InsertionCommitmentForm(secured, StepForm.lines(partnerFirms), targetInsertionRate, null,
                missionLocaleAgreement, missionLocale);
    }

    public Boolean getSecured() { return secured; }
    public void setSecured(Boolean secured) { this.secured = secured; }
    public String getPartnerFirms() { return partnerFirms; }
    public void setPartnerFirms(String partnerFirms) { this.partnerFirms = partnerFirms; }
    public Integer getTargetInsertionRate() { return targetInsertionRate; }
    public void setTargetInsertionRate(Integer targetInsertionRate) { this.targetInsertionRate = targetInsertionRate; }
    public Boolean getMissionLocaleAgreement() { return missionLocaleAgreement; }
    public void setMissionLocaleAgreement(Boolean missionLocaleAgreement) { this.missionLocaleAgreement = missionLocaleAgreement; }
    public String getMissionLocale() { return missionLocale; }
    public void setMissionLocale(String missionLocale) { this.missionLocale = missionLocale; }
}
