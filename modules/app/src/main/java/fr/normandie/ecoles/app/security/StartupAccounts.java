package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The accounts that exist from the first start. On the embedded default: one demonstration account per
 * role, named after it, password {@code demo}. On a real database: never those; the first
 * administrator {@code admin} when {@code ADMIN_PASSWORD} is set and no administrator exists yet.
 */
@ApplicationScoped
public class StartupAccounts {

    static final String DEMO_PASSWORD = "demo";

    private static final Logger LOG = Logger.getLogger(StartupAccounts.class.getName());

    @Inject
    Accounts accounts;

    public void ensure(boolean embedded) {
        if (embedded) {
            createDemoAccounts();
        } else {
            createFirstAdministrator();
        }
    }

    private void createDemoAccounts() {
        if (accounts.none()) {
            Role.region().forEach(role ->
                    accounts.create(role.group(), DEMO_PASSWORD, "Démonstration (" + role.group() + ")", Set.of(role)));
        }
        LOG.info(() -> "Base embarquée de démonstration. Comptes (mot de passe « demo ») : "
                + String.join(", ", Role.region().stream().map(Role::group).toList()));
    }

    /**
     * The demonstration account of a carrier (carriers' portal, issue 16), password {@code demo}: called by the
     * demonstration data, which loads on the embedded default only, once the carrier exists.
     */
    @Transactional
    public void openDemoCarrierAccount(String username, String fullName, UUID carrier) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(username, DEMO_PASSWORD, fullName, Set.of(Role.CARRIER), carrier);
            LOG.info(() -> "Compte de démonstration du porteur : « " + username + " » (mot de passe « demo »).");
        }
    }

    private void createFirstAdministrator() {
        Optional<String> password = Optional.ofNullable(System.getenv("ADMIN_PASSWORD")).filter(p -> !p.isBlank());
        if (password.isPresent() && !accounts.anyActiveWith(Role.ADMIN) && accounts.find("admin").isEmpty()) {
            accounts.create("admin", password.get(), "Administrateur", Set.of(Role.ADMIN));
            LOG.info("Compte administrateur « admin » créé (mot de passe : ADMIN_PASSWORD).");
        }
    }
}
