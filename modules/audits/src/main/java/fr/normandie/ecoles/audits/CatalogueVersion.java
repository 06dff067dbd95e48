package fr.normandie.ecoles.audits;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A published version of the criteria catalogue: immutable once published, audits refer to it by number. */
public record CatalogueVersion(int number, Instant publishedAt, String publishedBy, String note, List<Theme> themes) {

    public CatalogueVersion {
        themes = List.copyOf(themes);
    }

    public Stream<Criterion> criteria() {
        return themes.stream().flatMap(theme -> theme.criteria().stream());
    }

    public Optional<Criterion> criterion(String code) {
        return criteria().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Theme> themeOf(String criterionCode) {
        return themes.stream().filter(t -> t.criteria().stream().anyMatch(c -> c.code().equals(criterionCode)))
                .findFirst();
    }

    /** The version without its criteria, as a list of versions shows it. */
    public record Summary(int number, Instant publishedAt, String publishedBy, String note, int criteria) {
    }

    public Summary summary() {
        return new Summary(number, publishedAt, publishedBy, note, (int) criteria().count());
    }
}
