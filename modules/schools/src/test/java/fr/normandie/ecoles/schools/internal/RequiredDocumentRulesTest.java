package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.kernel.Rejected;
import fr.normandie.ecoles.schools.RequiredDocumentItem;
import fr.normandie.ecoles.schools.RequiredDocumentsForm;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RequiredDocumentRulesTest {

    private static final String KEPT = "6f1e0b5a-3c61-4c55-9a51-0c5d1a000004";

    @Test
    void acceptsAListInOrderWithItsKeptItemsAndAnEmptyOne() {
        List<RequiredDocumentItem> items = List.of(new RequiredDocumentItem(null, "Statuts", true),
                new RequiredDocumentItem(KEPT.toUpperCase(), "Attestation d'assurance", null));
        assertThat(RequiredDocumentRules.checked(new RequiredDocumentsForm(items), Set.of(KEPT))).isEqualTo(items);
        assertThat(RequiredDocumentRules.checked(new RequiredDocumentsForm(List.of()), Set.of())).isEmpty();
    }

    @Test
    void refusesEachWrongItemOnItsOwnField() {
        List<RequiredDocumentItem> items = new ArrayList<>(Arrays.asList(new RequiredDocumentItem(null, "  ", true),
                new RequiredDocumentItem(null, "x".repeat(201), false), new RequiredDocumentItem(null, "Statuts", true),
                new RequiredDocumentItem(null, " statuts", false), new RequiredDocumentItem("pas-un-id", "Bilan", true),
                new RequiredDocumentItem(KEPT, "Assurance", true), new RequiredDocumentItem(KEPT, "Assurance bis", true),
                null));
        Rejected refused = catchThrowableOfType(() -> RequiredDocumentRules.checked(new RequiredDocumentsForm(items),
                Set.of(KEPT)), Rejected.class);
        assertThat(refused.reasons()).extracting(FieldReason::field).containsExactly("documents[0].label",
                "documents[1].label", "documents[3].label", "documents[4].id", "documents[6].id", "documents[7]");
        assertThat(refused.reasons().get(2).message()).isEqualTo("Le document « statuts » est déjà dans la liste.");
    }

    @Test
    void refusesNoListAndTooLongAList() {
        assertThat(catchThrowableOfType(() -> RequiredDocumentRules.checked(new RequiredDocumentsForm(null), Set.of()),
                Rejected.class).field()).contains("documents");
        List<RequiredDocumentItem> many = IntStream.rangeClosed(0, RequiredDocumentsForm.MAX_ITEMS)
                .mapToObj(i -> new RequiredDocumentItem(null, "Pièce " + i, false)).toList();
        assertThat(catchThrowableOfType(() -> RequiredDocumentRules.checked(new RequiredDocumentsForm(many), Set.of()),
                Rejected.class).getMessage()).contains("au plus 30");
    }
}
