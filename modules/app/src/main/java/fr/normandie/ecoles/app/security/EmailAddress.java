package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Rejected;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as a person types it: trimmed, one {@code @} between a local part and a domain with a dot,
 * no space or control character, at most 254 characters (RFC 5321's limit on a path). Blank means none.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

    private EmailAddress() {
    }

    /** Whether the address has an address's shape (one given by the directory, say). */
    public static boolean wellFormed(String address) {
        return address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches();
    }

    /** The address to keep, none for a blank one; refused (field {@code email}) when it cannot be an address. */
    public static Optional<String> check(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String address = typed.strip();
        if (address.length() > MAX_LENGTH) {
            throw new Rejected("email", "L'adresse électronique dépasse " + MAX_LENGTH + " caractères.");
        }
        if (!SHAPE.matcher(address).matches()) {
            throw new Rejected("email", "L'adresse électronique « " + address + " » n'est pas valide "
                    + "(attendu : prenom.nom@domaine.fr).");
        }
        return Optional.of(address);
    }
}
