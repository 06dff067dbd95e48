package fr.normandie.ecoles.app.security;

import jakarta.validation.Validator;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Forbidden;
import fr.normandie.ecoles.kernel.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The accounts of the people who use the application. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    public List<Account> all() {
        return em.createNamedQuery("AccountEntity.all", AccountEntity.class).getResultList().stream()
                .map(AccountEntity::toAccount).toList();
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(em.find(AccountEntity.class, username)).map(AccountEntity::toAccount);
    }

    @Transactional
    public Account open(NewAccount account) {
        Inputs.requireValid(validator, account);
        if (em.find(AccountEntity.class, account.username()) != null) {
            throw new AccountExistsException(account.username());
        }
        return create(account.username(), account.password(), account.fullName(), account.roles());
    }

    /** Opens an account without the password policy: only for the start-up accounts. */
    @Transactional
    Account create(String username, String password, String fullName, Set<Role> roles) {
        AccountEntity entity = new AccountEntity(username, hashing.hash(password), fullName, roles);
        em.persist(entity);
        return entity.toAccount();
    }

    /**
     * Opens or brings up to date, at each sign-in through the directory, the account of the person it vouches
     * for: full name, e-mail address and roles as the directory has them now, so that notifications, the
     * officer of a project and the accounts' page know them. A name that is a local account's, or a deactivated
     * account, is refused ({@link DirectoryAccountException}); nothing is written then.
     */
    @Transactional
    public Account signInThroughDirectory(DirectoryCaller caller) {
        AccountEntity account = em.find(AccountEntity.class, caller.name());
        if (account == null) {
            account = AccountEntity.fromDirectory(caller.name(), clock.nowUtc());
            em.persist(account);
        } else if (!account.directory()) {
            throw new DirectoryAccountException("Le compte « " + caller.name() + " » est un compte local : "
                    + "il ne se connecte pas par l'annuaire de la Région.");
        } else if (!account.active()) {
            throw new DirectoryAccountException("Le compte « " + caller.name() + " » est désactivé.");
        }
        account.setFullName(caller.fullName().orElse(caller.name()));
        account.setEmail(caller.email().filter(EmailAddress::wellFormed).orElse(null));
        account.setRoles(caller.roles());
        return account.toAccount();
    }

    /**
     * The active people with an e-mail address who hold one of the roles or bear one of the names: those a
     * notice reaches. Each person once.
     */
    public List<Mailbox> mailboxes(Set<Role> roles, Set<String> names) {
        Map<String, Mailbox> found = new LinkedHashMap<>();
        if (!roles.isEmpty()) {
            em.createNamedQuery("AccountEntity.mailableWithRole", AccountEntity.class)
                    .setParameter("roles", roles.stream().map(AccountEntity.RoleName::of).toList())
                    .getResultList().forEach(a -> found.putIfAbsent(a.toMailbox().username(), a.toMailbox()));
        }
        if (!names.isEmpty()) {
            em.createNamedQuery("AccountEntity.mailableNamed", AccountEntity.class).setParameter("names", names)
                    .getResultList().forEach(a -> found.putIfAbsent(a.toMailbox().username(), a.toMailbox()));
        }
        return List.copyOf(found.values());
    }

    /** A person's e-mail address, if they gave one. */
    public Optional<String> email(String username) {
        return Optional.ofNullable(em.find(AccountEntity.class, username)).map(AccountEntity::email);
    }

    /**
     * Sets (or, blank, removes) the e-mail address of an account: the person's own, or anyone's for an
     * administrator.
     */
    @Transactional
    public void changeEmail(Caller caller, String username, String email) {
        if (!caller.name().equals(username) && !caller.has(Role.ADMIN)) {
            throw new Forbidden("Seul l'administrateur change l'adresse électronique d'un autre compte.");
        }
        AccountEntity account = em.find(AccountEntity.class, username);
        if (account == null) {
            throw new UnknownAccountException(username);
        }
        account.setEmail(EmailAddress.check(email).orElse(null));
    }

    boolean anyActiveWith(Role role) {
        return em.createNamedQuery("AccountEntity.withRole", Long.class)
                .setParameter("role", AccountEntity.RoleName.of(role)).getSingleResult() > 0;
    }

    boolean none() {
        return em.createQuery("select count(a) from AccountEntity a", Long.class).getSingleResult() == 0;
    }
}
