package fr.normandie.ecoles.funding;

/** No subsidy decision has this id. */
public class UnknownSubsidyException extends RuntimeException {
    public UnknownSubsidyException(String id) {
        super("Aucune décision de subvention n'a l'identifiant " + id + ".");
    }
}
