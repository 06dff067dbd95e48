package fr.normandie.ecoles.kernel;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bean Validation against the Region's clock in the hour when Paris has already turned to the next day and UTC has
 * not (the bug the benchmark found at 23:01 UTC: a study dated the Region's today refused as in the future).
 */
class RegionClockProviderTest {

    /** 23:30 UTC on 3 December: already 00:30 on 4 December in Normandie. */
    private static final Instant BEFORE_MIDNIGHT_UTC = Instant.parse("2026-12-03T23:30:00Z");

    record Dated(@PastOrPresent LocalDate done, @FutureOrPresent LocalDate due) {
    }

    private static Validator validatorAt(Instant now) {
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .clockProvider(new RegionClockProvider(java.time.Clock.fixed(now, ZoneOffset.UTC)))
                .buildValidatorFactory();
        return factory.getValidator();
    }

    @Test
    void theRegionsTodayIsNeitherPastNorFutureBeforeMidnightUtc() {
        LocalDate regionToday = LocalDate.of(2026, 12, 4);

        assertThat(validatorAt(BEFORE_MIDNIGHT_UTC).validate(new Dated(regionToday, regionToday))).isEmpty();
    }

    @Test
    void theDayAfterTheRegionsTodayIsStillTheFuture() {
        LocalDate tomorrow = LocalDate.of(2026, 12, 5);
        LocalDate yesterday = LocalDate.of(2026, 12, 3);

        assertThat(validatorAt(BEFORE_MIDNIGHT_UTC).validate(new Dated(tomorrow, yesterday)))
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("done", "due");
    }

    @Test
    void theServersZoneWouldHaveRefusedTheRegionsToday() {
        // the same validation on a UTC clock: what the default clock did, and why the provider exists
        Validator utc = Validation.byDefaultProvider().configure()
                .clockProvider(() -> java.time.Clock.fixed(BEFORE_MIDNIGHT_UTC, ZoneOffset.UTC))
                .buildValidatorFactory().getValidator();

        assertThat(utc.validate(new Dated(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4))))
                .extracting(violation -> violation.getPropertyPath().toString()).containsExactly("done");
    }

    @Test
    void theDefaultProviderReadsTheSystemsInstantInTheRegionsZone() {
        assertThat(new RegionClockProvider().getClock().getZone()).isEqualTo(Clock.REGION);
    }
}
