package fr.normandie.ecoles.schools;

import java.util.UUID;

/** A person to contact at a carrier: their name, their role there, their e-mail and phone. */
public record CarrierContact(UUID id, String name, String role, String email, String phone) {
}
