package fr.normandie.ecoles.app.web.admin;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.audits.CatalogueDraft;
import fr.normandie.ecoles.audits.CatalogueVersion;
import fr.normandie.ecoles.audits.CriteriaCatalogue;
import fr.normandie.ecoles.audits.Criterion;
import fr.normandie.ecoles.audits.Theme;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The FNEP label's criteria catalogue: the current version, the versions published, and the next version
 * as the administrator prepares it, starting from the current one (themes and criteria added, changed or
 * removed), published as a whole. Audits keep the version they were made against.
 */
@Named
@ViewScoped
public class CriteriaAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "catalogue";

    /** A criterion of the draft as typed. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String wording;
        private String guidance;

        Criterion criterion() {
            return new Criterion(code, wording, guidance);
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getWording() { return wording; }
        public void setWording(String wording) { this.wording = wording; }
        public String getGuidance() { return guidance; }
        public void setGuidance(String guidance) { this.guidance = guidance; }
    }

    /** A theme of the draft as typed, with its criteria. */
    public static class ThemeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String title;
        private final List<CriterionRow> criteria = new ArrayList<>();

        Theme theme() {
            return new Theme(code, title, criteria.stream().map(CriterionRow::criterion).toList());
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public List<CriterionRow> getCriteria() { return criteria; }
    }

    @Inject
    CriteriaCatalogue catalogue;

    @Inject
    CurrentUser user;

    private String note;
    private final List<ThemeRow> themes = new ArrayList<>();

    @PostConstruct
    void open() {
        for (Theme theme : catalogue.current().themes()) {
            ThemeRow row = new ThemeRow();
            row.setCode(theme.code());
            row.setTitle(theme.title());
            for (Criterion criterion : theme.criteria()) {
                CriterionRow c = new CriterionRow();
                c.setCode(criterion.code());
                c.setWording(criterion.wording());
                c.setGuidance(criterion.guidance());
                row.getCriteria().add(c);
            }
            themes.add(row);
        }
    }

    public CatalogueVersion getCurrent() {
        return catalogue.current();
    }

    public List<CatalogueVersion.Summary> getVersions() {
        return catalogue.versions();
    }

    public String publish() {
        return FormErrors.submit(FORM, () -> catalogue.publish(new CatalogueDraft(note,
                        themes.stream().map(ThemeRow::theme).toList()), user.caller()))
                .map(version -> {
                    FormErrors.info(Texts.get("criteria.published", version.number()));
                    return "/admin/criteria.xhtml?faces-redirect=true";
                }).orElse(null);
    }

    public void addTheme() {
        ThemeRow theme = new ThemeRow();
        theme.getCriteria().add(new CriterionRow());
        themes.add(theme);
    }

    public void removeTheme(int index) {
        if (index >= 0 && index < themes.size()) {
            themes.remove(index);
        }
    }

    public void addCriterion(int theme) {
        if (theme >= 0 && theme < themes.size()) {
            themes.get(theme).getCriteria().add(new CriterionRow());
        }
    }

    public void removeCriterion(int theme, int criterion) {
        if (theme >= 0 && theme < themes.size()) {
            List<CriterionRow> criteria = themes.get(theme).getCriteria();
            if (criterion >= 0 && criterion < criteria.size()) {
                criteria.remove(criterion);
            }
        }
    }

    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<ThemeRow> getThemes() { return themes; }
}
