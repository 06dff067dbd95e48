package fr.normandie.ecoles.schools;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The department is one of Normandie's and the commune belongs to it, in the official reference data.
 * Reported on the field that is wrong ({@code departmentCode} or {@code communeCode}).
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CommuneInDepartment {
    String message() default "La commune doit appartenir au département.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
