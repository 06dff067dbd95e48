package fr.normandie.ecoles.kernel;

import jakarta.validation.ClockProvider;

/**
 * The clock Bean Validation reads {@code @PastOrPresent} and {@code @FutureOrPresent} against: the Region's
 * ({@link Clock#REGION}), named in the application's {@code META-INF/validation.xml} (a {@code WEB-INF/validation.xml}
 * is not read). Its default is the server's zone (UTC here): between midnight in Paris and midnight UTC, a study or an
 * audit dated today in Normandie was refused as dated in the future.
 */
public class RegionClockProvider implements ClockProvider {

    private final java.time.Clock clock;

    /** The system's instant, read in the Region's zone (Bean Validation makes it by this constructor). */
    public RegionClockProvider() {
        this(java.time.Clock.systemUTC());
    }

    /** Another source of instants (tests: the hour before midnight UTC), read in the Region's zone. */
    RegionClockProvider(java.time.Clock instants) {
        this.clock = instants.withZone(Clock.REGION);
    }

    @Override
    public java.time.Clock getClock() {
        return clock;
    }
}
