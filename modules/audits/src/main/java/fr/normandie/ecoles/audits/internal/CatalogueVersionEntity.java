package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.CatalogueDraft;
import fr.normandie.ecoles.audits.CatalogueVersion;
import fr.normandie.ecoles.audits.Criterion;
import fr.normandie.ecoles.audits.Theme;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A published version of the criteria catalogue; never changed once published. */
@Entity
@Table(name = "catalogue_version", schema = "audits")
@NamedQuery(name = "CatalogueVersion.newestFirst",
        query = "select v from CatalogueVersionEntity v order by v.number desc")
public class CatalogueVersionEntity {

    @Id
    @Column(name = "version_number")
    private int number;
    @Column(name = "published_at")
    private LocalDateTime publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    private String note;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalogue_criterion", schema = "audits",
            joinColumns = @JoinColumn(name = "catalogue_version"))
    @OrderColumn(name = "position")
    private List<CriterionEntry> criteria;

    protected CatalogueVersionEntity() {
    }

    CatalogueVersionEntity(int number, CatalogueDraft draft, String publishedBy, LocalDateTime publishedAt) {
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.note = draft.note().strip();
        this.criteria = draft.themes().stream()
                .flatMap(theme -> theme.criteria().stream().map(criterion -> new CriterionEntry(theme, criterion)))
                .toList();
    }

    CatalogueVersion toVersion() {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<Criterion>> criteriaOfTheme = new LinkedHashMap<>();
        for (CriterionEntry entry : criteria) {
            titles.putIfAbsent(entry.themeCode(), entry.themeTitle());
            criteriaOfTheme.computeIfAbsent(entry.themeCode(), code -> new ArrayList<>()).add(entry.criterion());
        }
        List<Theme> themes = criteriaOfTheme.entrySet().stream()
                .map(theme -> new Theme(theme.getKey(), titles.get(theme.getKey()), List.copyOf(theme.getValue())))
                .toList();
        return new CatalogueVersion(number, publishedAt.toInstant(ZoneOffset.UTC), publishedBy, note, themes);
    }
}
