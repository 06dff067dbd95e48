package fr.normandie.ecoles.schools;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A SIREN, the French company register number: nine digits whose last is a Luhn check digit.
 * Null is valid (the number is optional where it is used).
 */
@Documented
@Constraint(validatedBy = Siren.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Siren {

    String message() default "Numéro SIREN invalide : neuf chiffres dont le dernier est une clé de contrôle.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself, usable without Bean Validation. */
    final class Check implements ConstraintValidator<Siren, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValid(value);
        }

        public static boolean isValid(String siren) {
            if (siren.length() != 9 || !siren.chars().allMatch(Character::isDigit)) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = siren.charAt(8 - i) - '0';
                if (i % 2 == 1) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
            }
            return sum % 10 == 0;
        }
    }
}
