package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.kernel.Rejected;

import java.util.List;

/** Yearly results whose figures do not hold together (more passed than presented, sums that differ, ...). */
public class InvalidResultsException extends Rejected {

    public InvalidResultsException(List<FieldReason> reasons) {
        super(Kind.INVALID, "Résultats incohérents", reasons);
    }
}
