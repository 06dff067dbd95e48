package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.kernel.Rejected;
import fr.normandie.ecoles.schools.RequiredDocumentItem;
import fr.normandie.ecoles.schools.RequiredDocumentsForm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a step's list of expected documents must be, checked whole before anything of it is written. */
final class RequiredDocumentRules {

    private RequiredDocumentRules() {
    }

    /** The items, each refusal on its own field ({@code documents[2].label}); nothing is written before. */
    static List<RequiredDocumentItem> checked(RequiredDocumentsForm form, Set<String> existingIds) {
        if (form == null || form.documents() == null) {
            throw new Rejected("documents", "Donnez la liste des documents attendus (une liste vide n'en attend aucun).");
        }
        List<RequiredDocumentItem> items = form.documents();
        if (items.size() > RequiredDocumentsForm.MAX_ITEMS) {
            throw new Rejected("documents", "Une étape attend au plus " + RequiredDocumentsForm.MAX_ITEMS + " documents.");
        }
        List<FieldReason> reasons = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "documents[" + i + "]";
            RequiredDocumentItem item = items.get(i);
            if (item == null) {
                reasons.add(new FieldReason(at, "Chaque document attendu a un libellé."));
                continue;
            }
            String label = FreeText.optional(item.label());
            if (label == null) {
                reasons.add(new FieldReason(at + ".label", "Donnez le libellé du document attendu."));
            } else if (label.length() > RequiredDocumentsForm.MAX_LABEL) {
                reasons.add(new FieldReason(at + ".label", "Le libellé ne doit pas dépasser "
                        + RequiredDocumentsForm.MAX_LABEL + " caractères."));
            } else if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                reasons.add(new FieldReason(at + ".label", "Le document « " + label + " » est déjà dans la liste."));
            }
            if (item.id() != null && (!existingIds.contains(item.id().toLowerCase(Locale.ROOT))
                    || !ids.add(item.id().toLowerCase(Locale.ROOT)))) {
                reasons.add(new FieldReason(at + ".id", "Ce document attendu n'est pas (ou plus) dans la liste de "
                        + "l'étape : rechargez la page."));
            }
        }
        if (!reasons.isEmpty()) {
            throw new Rejected(Rejected.Kind.INVALID, "Documents attendus invalides", reasons);
        }
        return items;
    }

}
