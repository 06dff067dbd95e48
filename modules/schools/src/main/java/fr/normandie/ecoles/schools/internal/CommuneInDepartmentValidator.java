package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Commune;
import fr.normandie.ecoles.schools.CommuneInDepartment;
import fr.normandie.ecoles.schools.ProjectRegistration;
import fr.normandie.ecoles.schools.SchoolRegistration;
import fr.normandie.ecoles.schools.Territory;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Optional;

/**
 * Checks a registration's department and commune against the reference data. Registered through
 * META-INF/services so the API need not name this class; the container injects the territory.
 */
public class CommuneInDepartmentValidator implements ConstraintValidator<CommuneInDepartment, Object> {

    @Inject
    Territory territory;

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        String department;
        String commune;
        if (value instanceof ProjectRegistration p) {
            department = p.departmentCode();
            commune = p.communeCode();
        } else if (value instanceof SchoolRegistration s) {
            department = s.departmentCode();
            commune = s.communeCode();
        } else {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean knownDepartment = department == null || department.isBlank() || territory.department(department).isPresent();
        if (!knownDepartment) {
            reject(context, "departmentCode", "Département inconnu : " + department + " (attendu : 14, 27, 50, 61 ou 76).");
        }
        if (commune == null || commune.isBlank()) {
            return knownDepartment; // @NotBlank reports the missing commune
        }
        Optional<Commune> found = territory.commune(commune);
        if (found.isEmpty()) {
            return reject(context, "communeCode", "Commune inconnue : " + commune + ".");
        }
        if (knownDepartment && department != null && !department.isBlank()
                && !found.get().departmentCode().equals(department)) {
            return reject(context, "communeCode", "La commune " + found.get().name()
                    + " n'appartient pas au département " + department + ".");
        }
        return knownDepartment;
    }

    private static boolean reject(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(field).addConstraintViolation();
        return false;
    }

    /** A message built from user input must not be read as an expression by the interpolator. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
