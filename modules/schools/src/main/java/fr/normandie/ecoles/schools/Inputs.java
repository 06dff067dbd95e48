package fr.normandie.ecoles.schools;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.Set;

/**
 * Checks what a person sent against its Bean Validation constraints before anything is written. Every
 * module's entry points call it with the container's {@link Validator}, so that the constraint
 * validators can use the reference data.
 */
public final class Inputs {

    private Inputs() {
    }

    /** @throws ConstraintViolationException listing every invalid field, or {@link InvalidInputException} when there is no input */
    public static <T> T requireValid(Validator validator, T input) {
        if (input == null) {
            throw new InvalidInputException("(formulaire)", "Le formulaire est obligatoire.");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }
}
