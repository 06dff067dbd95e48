package fr.normandie.ecoles.schools;

/** Where a department stands against a coverage target. */
public enum CoverageStatus {
    /** Enough schools opened by the deadline. */
    MET,
    /** The deadline passed without enough schools open by then. */
    MISSED,
    /** Not met yet, but projects are expected to open in time. */
    ON_TRACK,
    /** Not met yet and nothing expected to open in time. */
    AT_RISK
}
