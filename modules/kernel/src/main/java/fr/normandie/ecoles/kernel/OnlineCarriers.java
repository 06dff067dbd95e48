package fr.normandie.ecoles.kernel;

import java.util.UUID;

/**
 * Whether a carrier files its projects' documents itself, online (issue 16): it does when it has at least one
 * active carrier's account. Asked by the workflow when a step the carrier may file opens; answered by the
 * application from the accounts, which the modules cannot see.
 */
public interface OnlineCarriers {

    /** Whether the carrier has an active account; false for no carrier at all. */
    boolean filesOnline(UUID carrier);
}
