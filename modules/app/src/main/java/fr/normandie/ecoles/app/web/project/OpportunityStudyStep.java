package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.schools.OpportunityStudyForm;
import fr.normandie.ecoles.schools.StudyConclusion;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/** Step 2: the opportunity study and its conclusion. */
@Named
@ViewScoped
public class OpportunityStudyStep implements StepForm, Serializable {

    private static final long serialVersionUID = 1L;

    private StudyConclusion conclusion;
    private String partnerFirms;
    private String summary;
    private String author;
    private LocalDate studyDate;
    private String recruitmentNeeds;
    private String outlets;
    private String conclusionReasons;

    @Override
    public Object form() {
        return new OpportunityStudyForm(conclusion, StepForm.lines(partnerFirms), summary, author, studyDate,
                recruitmentNeeds, outlets, conclusionReasons);
    }

    public StudyConclusion[] getConclusions() {
        return StudyConclusion.values();
    }

    public StudyConclusion getConclusion() { return conclusion; }
    public void setConclusion(StudyConclusion conclusion) { this.conclusion = conclusion; }
    public String getPartnerFirms() { return partnerFirms; }
    public void setPartnerFirms(String partnerFirms) { this.partnerFirms = partnerFirms; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public LocalDate getStudyDate() { return studyDate; }
    public void setStudyDate(LocalDate studyDate) { this.studyDate = studyDate; }
    public String getRecruitmentNeeds() { return recruitmentNeeds; }
    public void setRecruitmentNeeds(String recruitmentNeeds) { this.recruitmentNeeds = recruitmentNeeds; }
    public String getOutlets() { return outlets; }
    public void setOutlets(String outlets) { this.outlets = outlets; }
    public String getConclusionReasons() { return conclusionReasons; }
    public void setConclusionReasons(String conclusionReasons) { this.conclusionReasons = conclusionReasons; }
}
