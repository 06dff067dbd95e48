package fr.normandie.ecoles.funding;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A subsidy decision keeps the Region's rules, as configured: its share of each line (by default at
 * most 33 % of the operating budget or 5,000 € per pupil and per year, 30 to 50 % of the eligible
 * investment, never more than requested nor than eligible), its payment schedule (capped advance,
 * a balance last, the total granted) and the 2019 co-financing rule of the skills investment plan.
 * Each breach is reported on the field that is wrong.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WithinFundingRules {
    String message() default "La décision ne respecte pas les règles de financement de la Région.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
