package fr.normandie.ecoles.schools;

import java.util.UUID;

/**
 * Whether a carrier files its projects online: it has a carrier's account of its own, so that its documents come
 * through the portal rather than by e-mail. The schools module asks it, the application answers it from the
 * accounts (which the schools module does not see), as the kernel's {@code Colleagues} are answered.
 */
public interface OnlineFiling {

    /** Whether the carrier has an active carrier's account ({@code carrierFilesOnline}). */
    boolean carrierFilesOnline(UUID carrierId);
}
