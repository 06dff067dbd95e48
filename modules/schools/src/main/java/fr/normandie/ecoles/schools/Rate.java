package fr.normandie.ecoles.schools;

/**
 * A share, kept as its two counts so that shares add up over schools, departments and years by adding their
 * counts (never by averaging percentages), and a reader sees what a percentage stands on.
 *
 * @param part the counted ones (leavers in work-study, candidates who passed, ...)
 * @param whole what they are counted among (all leavers, all candidates presented, ...)
 */
public record Rate(long part, long whole) {

    public static final Rate NONE = new Rate(0, 0);

    public static Rate of(long part, long whole) {
        return new Rate(part, whole);
    }

    public Rate plus(Rate other) {
        return new Rate(part + other.part, whole + other.whole);
    }

    /** The share in percent, rounded half up; null when there is nothing to count among. */
    public Integer percent() {
        return whole == 0 ? null : (int) Math.round(100d * part / whole);
    }
}
