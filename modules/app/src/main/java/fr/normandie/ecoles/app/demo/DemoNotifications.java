package fr.normandie.ecoles.app.demo;

import fr.normandie.ecoles.app.security.Accounts;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;

/**
 * Gives each demonstration account an address before the demonstration projects are taken through their steps,
 * so that the first start already fills the outbox (the outbox page and {@code DATA_DIR/outbox}) with the mails
 * the application would send. The addresses are in {@code .invalid}, a domain no mail can reach.
 */
@ApplicationScoped
public class DemoNotifications {

    private static final Caller DEMO = new Caller("demo", EnumSet.of(Role.ADMIN));

    @Inject
    Accounts accounts;

    void giveAddresses() {
        for (Role role : Role.values()) {
            if (accounts.find(role.group()).isPresent() && accounts.email(role.group()).isEmpty()) {
                accounts.changeEmail(DEMO, role.group(), role.group() + "@demo.ecoles-production.invalid");
            }
        }
    }
}
