package fr.normandie.ecoles.funding;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount in euros as a funding officer types it: not negative, cents at most, and not absurd (at
 * most 100 million euros, more than the Region's whole policy). A missing amount is left to
 * {@code @NotNull} where it is required.
 */
@Documented
@Constraint(validatedBy = {})
@PositiveOrZero(message = "Un montant ne peut pas être négatif.")
@DecimalMax(value = "100000000", message = "Un montant ne peut pas dépasser 100 000 000 €.")
@Digits(integer = 9, fraction = 2, message = "Montant en euros, deux décimales au plus.")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {
    String message() default "Montant invalide.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
