package fr.normandie.ecoles.schools;

/**
 * One expected document as the administrator sends it: the {@code id} of an item kept (the documents that answer
 * it stay linked to it, even when its label changes), absent for a new one.
 */
public record RequiredDocumentItem(String id, String label, Boolean mandatory) {
}
