package fr.normandie.ecoles.app.web.results;

import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Refusal;
import fr.normandie.ecoles.kernel.Rejected;
import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.DiplomaResults;
import fr.normandie.ecoles.schools.YearlyResults;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of a school year's results ({@code WEB-INF/results/form.xhtml}), shared by the staff's results page and
 * the carrier's reports page (issue 16): the same fields, the same refusals next to them.
 */
public abstract class ResultsForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "results";
    private static final Pattern DIPLOMA_ROW = Pattern.compile("^diplomas\\[(\\d+)](.*)$");

    /** One diploma's line of the form: blank when the school presented no candidate to it that year. */
    public static class DiplomaRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Diploma diploma;
        private Integer presented;
        private Integer passed;

        DiplomaRow(Diploma diploma) {
            this.diploma = diploma;
        }

        public Diploma getDiploma() { return diploma; }
        public Integer getPresented() { return presented; }
        public void setPresented(Integer presented) { this.presented = presented; }
        public Integer getPassed() { return passed; }
        public void setPassed(Integer passed) { this.passed = passed; }

        boolean isFilled() {
            return presented != null || passed != null;
        }
    }

    private Integer schoolYear = currentSchoolYear(LocalDate.now(Clock.REGION));
    private Integer pupilsUnder16;
    private Integer pupils16To18;
    private Integer pupilsOver18;
    private Integer referredByMissionLocale;
    private final List<DiplomaRow> diplomas = Arrays.stream(Diploma.values()).map(DiplomaRow::new).toList();
    private Integer leaversJob;
    private Integer leaversApprenticeship;
    private Integer leaversFurtherStudy;
    private Integer leaversOther;

    /** The school year under way: it starts on 1 September. */
    static int currentSchoolYear(LocalDate today) {
        return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }

    /** The action of the form's button. */
    public abstract String record();

    /**
     * Sends the results typed to the module; a refusal is shown next to each field concerned and the form keeps
     * what was typed.
     * @return whether the module took them
     */
    protected boolean send(Consumer<YearlyResults> module) {
        List<Integer> rows = new ArrayList<>();
        List<DiplomaResults> sent = new ArrayList<>();
        for (int i = 0; i < diplomas.size(); i++) {
            if (diplomas.get(i).isFilled()) {
                rows.add(i);
                sent.add(new DiplomaResults(diplomas.get(i).diploma, diplomas.get(i).presented, diplomas.get(i).passed));
            }
        }
        YearlyResults results = new YearlyResults(schoolYear, pupilsUnder16, pupils16To18, pupilsOver18, null,
                referredByMissionLocale, sent, null, leaversJob, leaversApprenticeship, leaversFurtherStudy, leaversOther);
        try {
            module.accept(results);
            return true;
        } catch (ConstraintViolationException refused) {
            refused.getConstraintViolations().forEach(v -> FormErrors.field(FORM,
                    onRow(v.getPropertyPath().toString(), rows), v.getMessage()));
        } catch (Rejected refused) {
            refused.reasons().forEach(r -> FormErrors.field(FORM, onRow(r.field(), rows), r.message()));
        } catch (Refusal other) {
            FormErrors.global(other.getMessage());
        }
        return false;
    }

    /** Fills the form with results recorded before, to correct them. */
    protected void fill(YearlyResults results) {
        schoolYear = results.schoolYear();
        pupilsUnder16 = results.pupilsUnder16();
        pupils16To18 = results.pupils16To18();
        pupilsOver18 = results.pupilsOver18();
        referredByMissionLocale = results.referredByMissionLocale();
        for (DiplomaRow row : diplomas) {
            DiplomaResults recorded = results.diplomas().stream().filter(d -> d.diploma() == row.diploma)
                    .findFirst().orElse(null);
            row.presented = recorded == null ? null : recorded.presented();
            row.passed = recorded == null ? null : recorded.passed();
        }
        leaversJob = results.leaversJob();
        leaversApprenticeship = results.leaversApprenticeship();
        leaversFurtherStudy = results.leaversFurtherStudy();
        leaversOther = results.leaversOther();
    }

    /**
     * The module names a diploma by its place among those sent ({@code diplomas[0].passed}); the form's row
     * is that diploma's line, blank lines being left out of what is sent.
     */
    static String onRow(String field, List<Integer> rows) {
        Matcher matcher = DIPLOMA_ROW.matcher(field);
        if (!matcher.matches()) {
            return field;
        }
        int sent = Integer.parseInt(matcher.group(1));
        return sent < rows.size() ? "diplomas[" + rows.get(sent) + "]" + matcher.group(2) : "diplomas";
    }

    public List<Diploma> getDiplomaKinds() {
        return List.of(Diploma.values());
    }

    /** A recorded year's figure for one diploma, as "passed / presented", or a dash. */
    public String diploma(YearlyResults results, Diploma diploma) {
        return results.diplomas().stream().filter(d -> d.diploma() == diploma).findFirst()
                .map(d -> d.passed() + " / " + d.presented()).orElse("—");
    }

    public Integer getSchoolYear() { return schoolYear; }
    public void setSchoolYear(Integer schoolYear) { this.schoolYear = schoolYear; }
    public Integer getPupilsUnder16() { return pupilsUnder16; }
    public void setPupilsUnder16(Integer pupilsUnder16) { this.pupilsUnder16 = pupilsUnder16; }
    public Integer getPupils16To18() { return pupils16To18; }
    public void setPupils16To18(Integer pupils16To18) { this.pupils16To18 = pupils16To18; }
    public Integer getPupilsOver18() { return pupilsOver18; }
    public void setPupilsOver18(Integer pupilsOver18) { this.pupilsOver18 = pupilsOver18; }
    public Integer getReferredByMissionLocale() { return referredByMissionLocale; }
    public void setReferredByMissionLocale(Integer referred) { this.referredByMissionLocale = referred; }
    public List<DiplomaRow> getDiplomas() { return diplomas; }
    public Integer getLeaversJob() { return leaversJob; }
    public void setLeaversJob(Integer leaversJob) { this.leaversJob = leaversJob; }
    public Integer getLeaversApprenticeship() { return leaversApprenticeship; }
    public void setLeaversApprenticeship(Integer value) { this.leaversApprenticeship = value; }
    public Integer getLeaversFurtherStudy() { return leaversFurtherStudy; }
    public void setLeaversFurtherStudy(Integer value) { this.leaversFurtherStudy = value; }
    public Integer getLeaversOther() { return leaversOther; }
    public void setLeaversOther(Integer leaversOther) { this.leaversOther = leaversOther; }
}
