package fr.normandie.ecoles.schools;

import java.util.List;
import java.util.UUID;

/**
 * A carrying organisation (porteur de projet): the non-profit body that carries projects and schools, with the
 * persons to contact there. One record, shared by every project and school it carries.
 */
public record Carrier(UUID id, String name, String legalForm, String siren, Boolean nonProfit, String address,
                      List<CarrierContact> contacts) {
}
