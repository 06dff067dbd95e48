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
        if (department == null || department.isBlank() || commune == null || commune.isBlank()) {
            return true; // @NotBlank reports the missing field
        }
        context.disableDefaultConstraintViolation();
        if (territory.department(department).isEmpty()) {
            return reject(context, "departmentCode",
                    "Département inconnu : " + department + " (attendu : 14, 27, 50, 61 ou 76).");
        }
        Optional<Commune> found = territory.commune(commune);
        if (found.isEmpty()) {
            return reject(context, "communeCode", "Commune inconnue : " + commune + ".");
        }
        if (!found.get().departmentCode().equals(department)) {
            return reject(context, "communeCode", "La commune " + found.get().name()
                    + " n'appartient pas au département " + department + ".");
        }
        return true;
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
