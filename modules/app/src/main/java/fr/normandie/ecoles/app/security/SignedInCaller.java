package fr.normandie.ecoles.app.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in through the sign-in page, as the session remembers them: name and groups (roles). */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    SignedInCaller {
        groups = Set.copyOf(groups);
    }
}
