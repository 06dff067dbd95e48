package fr.normandie.ecoles.schools;

import java.util.UUID;

/**
 * How a registration designates its carrier: by id (an existing carrier), or by name with the details a new
 * carrier gets. With an id the other fields are ignored.
 */
public record CarrierChoice(UUID id, String name, String legalForm, Boolean nonProfit, String siren) {

    /** Whether the registration names a carrier at all. */
    public boolean isGiven() {
        return id != null || (name != null && !name.isBlank());
    }
}
