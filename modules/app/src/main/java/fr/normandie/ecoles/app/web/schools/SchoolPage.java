package fr.normandie.ecoles.app.web.schools;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.NotFound;
import fr.normandie.ecoles.app.web.RequestedId;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.Commune;
import fr.normandie.ecoles.schools.Department;
import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.schools.ResultIndicators;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.StateRecognition;
import fr.normandie.ecoles.schools.Territory;
import fr.normandie.ecoles.schools.YearIndicators;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A school's file: its carrier, trades, places, State recognition (which a project officer records here),
 * label, grants and yearly results indicators. The school is named by the address ({@code ?id=}).
 */
@Named
@ViewScoped
public class SchoolPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String RECOGNITION_FORM = "recognition";

    @Inject
    Schools schools;

    @Inject
    Territory territory;

    @Inject
    CurrentUser user;

    @Inject
    Projects projects;

    @Inject
    ResultIndicators indicators;

    @Inject
    Clock clock;

    private School school;
    private LocalDate arreteDate;
    private String reference;

    @PostConstruct
    void open() {
        school = RequestedId.current().flatMap(schools::find).orElse(null);
        if (school == null) {
            NotFound.answer();
            return;
        }
        arreteDate = school.recognisedOn();
        reference = school.recognitionReference();
    }

    public String recordRecognition() {
        return FormErrors.submit(RECOGNITION_FORM, () -> schools.recordRecognition(school.id(),
                new StateRecognition(arreteDate, reference), user.caller())).map(recorded -> {
            FormErrors.info(Texts.get("school.recognitionSaved"));
            return "/schools/view.xhtml?faces-redirect=true&id=" + recorded.id();
        }).orElse(null);
    }

    public boolean isFound() {
        return school != null;
    }

    /** The school's results indicators, one row per school year, oldest first. */
    public List<YearIndicators> getResultIndicators() {
        return indicators.asOf(clock.today()).ofSchool(school.id());
    }

    public School getSchool() {
        return school;
    }

    public String getDepartmentName() {
        return territory.department(school.departmentCode()).map(Department::name).orElse(school.departmentCode());
    }

    public String getCommuneName() {
        return territory.commune(school.communeCode()).map(Commune::name).orElse(school.communeCode());
    }

    /** Project officers and administrators record the State's recognition, as through the API. */
    public boolean isRecognitionEditable() {
        return user.isStaff() || user.isAdmin();
    }

    /** The diplomas prepared, as the opening project registered them (none known for an older school). */
    public List<Diploma> getDiplomas() {
        return Optional.ofNullable(school.projectId()).flatMap(projects::find).map(ProjectSummary::diplomas)
                .orElse(List.of());
    }

    public String getRecognitionRecord() {
        return StateRecognition.class.getName();
    }

    public LocalDate getArreteDate() { return arreteDate; }
    public void setArreteDate(LocalDate arreteDate) { this.arreteDate = arreteDate; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
}
