package fr.normandie.ecoles.app.absences;

import fr.normandie.ecoles.app.security.Account;
import fr.normandie.ecoles.app.security.Accounts;
import fr.normandie.ecoles.kernel.Colleagues;
import fr.normandie.ecoles.kernel.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;

/** The kernel's colleagues, from the accounts (active ones, with their roles) and the absences in force today. */
@ApplicationScoped
public class AccountColleagues implements Colleagues {

    @Inject
    Accounts accounts;

    @Inject
    Absences absences;

    @Override
    public Optional<Set<Role>> activeRoles(String name) {
        return accounts.find(name).filter(Account::active).map(Account::roles);
    }

    @Override
    public Set<String> standingInFor(String name) {
        return absences.standingInFor(name);
    }
}
