package fr.normandie.ecoles.app.security;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The user name proposed to an invitee, drawn from their address's local part so that it meets the accounts' rule
 * ({@link NewAccount}: 2 to 50 of a-z, 0-9, dot, dash, underscore): accents dropped, lower case, other characters
 * left out. The invitee may choose another.
 */
final class UsernameProposal {

    static final int MAX = 50;

    private UsernameProposal() {
    }

    static String from(String address) {
        String local = address.substring(0, Math.max(0, address.indexOf('@')));
        String plain = Normalizer.normalize(local, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        String name = plain.length() > MAX ? plain.substring(0, MAX) : plain;
        return name.length() < 2 ? "porteur" + name : name;
    }

    /** The proposal with a number after it, for when the name is taken ({@code n} from 2). */
    static String numbered(String proposal, int n) {
        String suffix = Integer.toString(n);
        return (proposal.length() + suffix.length() > MAX ? proposal.substring(0, MAX - suffix.length()) : proposal) + suffix;
    }
}
