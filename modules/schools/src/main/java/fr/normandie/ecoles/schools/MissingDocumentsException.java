package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Conflict;

import java.util.List;
import java.util.stream.Collectors;

/** A step cannot be completed: mandatory documents of its file are missing. The message names each of them. */
public class MissingDocumentsException extends Conflict {

    public MissingDocumentsException(String stepLabel, List<RequiredDocument> missing) {
        super("L'étape « " + stepLabel + " » ne peut pas être terminée : "
                + (missing.size() == 1 ? "il manque le document obligatoire " : "il manque les documents obligatoires ")
                + missing.stream().map(m -> "« " + m.label() + " »").collect(Collectors.joining(", "))
                + ". Joignez-le" + (missing.size() == 1 ? "" : "s") + " au dossier du projet, puis terminez l'étape.");
    }
}
