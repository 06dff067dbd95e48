package fr.normandie.ecoles.kernel;

import jakarta.validation.ClockProvider;

/**
 * The clock Bean Validation reads {@code @PastOrPresent} and {@code @FutureOrPresent} against: the Region's
 * ({@link Clock#REGION}), named in {@code WEB-INF/validation.xml}. Its default is the server's zone (UTC here): between
 * midnight in Paris and midnight UTC, a study or an audit dated today in Normandie was refused as dated in the future.
 */
public class RegionClockProvider implements ClockProvider {

    @Override
    public java.time.Clock getClock() {
        return java.time.Clock.system(Clock.REGION);
    }
}
