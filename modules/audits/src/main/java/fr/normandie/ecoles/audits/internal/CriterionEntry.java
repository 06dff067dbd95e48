package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.audits.Criterion;
import fr.normandie.ecoles.audits.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A criterion of a catalogue version, stored with its theme (themes are read back from the order of criteria). */
@Embeddable
public class CriterionEntry {

    @Column(name = "theme_code")
    private String themeCode;
    @Column(name = "theme_title")
    private String themeTitle;
    private String code;
    private String wording;
    private String guidance;

    protected CriterionEntry() {
    }

    CriterionEntry(Theme theme, Criterion criterion) {
        this.themeCode = theme.code();
        this.themeTitle = theme.title().strip();
        this.code = criterion.code();
        this.wording = criterion.wording().strip();
        this.guidance = FreeText.optional(criterion.guidance());
    }

    String themeCode() {
        return themeCode;
    }

    String themeTitle() {
        return themeTitle;
    }

    Criterion criterion() {
        return new Criterion(code, wording, guidance);
    }
}
