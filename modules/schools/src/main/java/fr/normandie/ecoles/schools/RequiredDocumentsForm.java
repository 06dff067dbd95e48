package fr.normandie.ecoles.schools;

import java.util.List;

/** The whole list of a step's expected documents, in order, replacing the previous one. */
public record RequiredDocumentsForm(List<RequiredDocumentItem> documents) {

    /** The most items a step may expect: a checklist, not a library. */
    public static final int MAX_ITEMS = 30;
    public static final int MAX_LABEL = 200;
}
