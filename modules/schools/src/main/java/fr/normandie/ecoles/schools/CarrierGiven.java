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
 * A registration designates its carrier, by id or by name; reported on the {@code carrier} field, as when the
 * name alone was asked for.
 */
@Documented
@Constraint(validatedBy = {CarrierGiven.OnProject.class, CarrierGiven.OnSchool.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CarrierGiven {

    String message() default "Le porteur est obligatoire : choisissez un porteur existant ou nommez-en un.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check on a project's registration. */
    final class OnProject implements ConstraintValidator<CarrierGiven, ProjectRegistration> {
        @Override
        public boolean isValid(ProjectRegistration registration, ConstraintValidatorContext context) {
            return Rule.check(registration.carrierChoice(), context);
        }
    }

    /** The check on a school's registration. */
    final class OnSchool implements ConstraintValidator<CarrierGiven, SchoolRegistration> {
        @Override
        public boolean isValid(SchoolRegistration registration, ConstraintValidatorContext context) {
            return Rule.check(registration.carrierChoice(), context);
        }
    }

    /** The rule both checks apply, reported on the {@code carrier} field. */
    final class Rule {
        private Rule() {
        }

        static boolean check(CarrierChoice choice, ConstraintValidatorContext context) {
            if (choice.isGiven()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("carrier").addConstraintViolation();
            return false;
        }
    }
}
