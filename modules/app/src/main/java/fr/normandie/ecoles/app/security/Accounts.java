package fr.normandie.ecoles.app.security;

import jakarta.validation.Validator;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Forbidden;
import fr.normandie.ecoles.kernel.Rejected;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Carriers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

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
    Carriers carriers;

    @Inject
    Clock clock;

    /** The most entries the administration log answers at once. */
    public static final int LOG_MAX = 500;

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_PASSWORD_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    public List<Account> all() {
        return em.createNamedQuery("AccountEntity.all", AccountEntity.class).getResultList().stream()
                .map(AccountEntity::toAccount).toList();
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(em.find(AccountEntity.class, username)).map(AccountEntity::toAccount);
    }

    /** Opens an account with its roles (administrators only), on the administration log. */
    @Transactional
    public Account open(Caller caller, NewAccount account) {
        requireAdministrator(caller);
        Inputs.requireValid(validator, account);
        if (em.find(AccountEntity.class, account.username()) != null) {
            throw new AccountExistsException(account.username());
        }
        requireCarrierOnlyForCarriers(account);
        AccountEntity entity = new AccountEntity(account.username(), hashing.hash(account.password()),
                account.fullName(), account.roles(), account.carrier());
        em.persist(entity);
        Account opened = entity.toAccount();
        em.persist(new AdministrationLogRow(clock.nowUtc(), caller.name(), AdministrationAction.OPENED, null, opened));
        return opened;
    }

    /**
     * Deactivates an account: from its next request on, it is refused everywhere (its sessions, its remembered
     * credentials, on every node), since every request reads the account's standing.
     */
    @Transactional
    public Account deactivate(Caller caller, String username) {
        return change(caller, username, AdministrationAction.DEACTIVATED, a -> a.setActive(false));
    }

    @Transactional
    public Account reactivate(Caller caller, String username) {
        return change(caller, username, AdministrationAction.REACTIVATED, a -> a.setActive(true));
    }

    /** Replaces an account's roles; its open sessions get the new roles on their next request. */
    @Transactional
    public Account changeRoles(Caller caller, String username, RoleChange change) {
        requireAdministrator(caller);
        Inputs.requireValid(validator, change);
        return change(caller, username, AdministrationAction.ROLES_CHANGED, a -> a.setRoles(change.roles()));
    }

    /**
     * Gives an account a new password: the one the administrator chose, or one drawn here and answered once
     * (only its hash is kept). The old password stops working at once, remembered or not.
     * @return the drawn password, none when the administrator chose it
     */
    @Transactional
    public Optional<String> resetPassword(Caller caller, String username, PasswordReset reset) {
        requireAdministrator(caller);
        Inputs.requireValid(validator, reset);
        Optional<String> drawn = reset.password() == null ? Optional.of(drawPassword()) : Optional.empty();
        String password = drawn.orElse(reset.password());
        change(caller, username, AdministrationAction.PASSWORD_RESET, a -> a.setPasswordHash(hashing.hash(password)));
        return drawn;
    }

    /** The administration log, newest first; of one account when a name is given (administrators only). */
    public List<AdministrationLogEntry> log(Caller caller, Optional<String> username, int max) {
        requireAdministrator(caller);
        TypedQuery<AdministrationLogRow> query = username
                .map(name -> em.createNamedQuery("AdministrationLogRow.ofAccount", AdministrationLogRow.class)
                        .setParameter("username", name))
                .orElseGet(() -> em.createNamedQuery("AdministrationLogRow.latest", AdministrationLogRow.class));
        return query.setMaxResults(Math.max(1, Math.min(max, LOG_MAX))).getResultList().stream()
                .map(AdministrationLogRow::toEntry).toList();
    }

    /**
     * Applies a change to an account and logs it, refused when it would leave no active administrator. The
     * active administrators' rows are locked first, so that two administrators removing each other at the same
     * moment cannot both pass the check.
     */
    private Account change(Caller caller, String username, AdministrationAction action, Consumer<AccountEntity> apply) {
        requireAdministrator(caller);
        AccountEntity account = em.find(AccountEntity.class, username);
        if (account == null) {
            throw new UnknownAccountException(username);
        }
        em.createNativeQuery("select a.username from accounts.account a where a.active = true and exists "
                + "(select 1 from accounts.account_role r where r.username = a.username and r.role = 'admin') "
                + "for update").getResultList();
        em.refresh(account);
        Account before = account.toAccount();
        apply.accept(account);
        em.flush();
        if (before.active() && before.roles().contains(Role.ADMIN) && !anyActiveWith(Role.ADMIN)) {
            throw new LastAdministratorException(username);
        }
        Account after = account.toAccount();
        em.persist(new AdministrationLogRow(clock.nowUtc(), caller.name(), action, before, after));
        return after;
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new Forbidden("Accès refusé : l'administration des comptes demande le rôle admin.");
        }
    }

    private static String drawPassword() {
        StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /**
     * The account as sign-in checks it, read from the database on every call (never from a cache, so that a
     * deactivation or a change of roles made on any node counts at once); none when unknown or inactive.
     */
    Optional<ActiveAccount> active(String username) {
        return em.createNamedQuery("AccountEntity.signingIn", AccountEntity.class).setParameter("username", username)
                .getResultStream().findFirst().flatMap(AccountEntity::toActiveAccount);
    }

    /** A carrier's account holds that role alone and names an existing carrier; the Region's accounts name none. */
    private void requireCarrierOnlyForCarriers(NewAccount account) {
        boolean carrierRole = account.roles().contains(Role.CARRIER);
        if (carrierRole && account.roles().size() > 1) {
            throw new Rejected("roles", "Un compte de porteur de projet n'a pas d'autre rôle.");
        }
        if (carrierRole && account.carrier() == null) {
            throw new Rejected("carrier", "Indiquez le porteur de projet pour lequel ce compte agit.");
        }
        if (!carrierRole && account.carrier() != null) {
            throw new Rejected("carrier", "Seul un compte de porteur de projet agit pour un porteur.");
        }
        if (carrierRole && carriers.find(account.carrier()).isEmpty()) {
            throw new Rejected("carrier", "Porteur de projet inconnu : " + account.carrier() + ".");
        }
    }

    /** Opens a Region account without the password policy: only for the start-up accounts. */
    @Transactional
    Account create(String username, String password, String fullName, Set<Role> roles) {
        return create(username, password, fullName, roles, null);
    }

    /** An account acting for a carrier when {@code carrier} is given (demonstration accounts, issue 16). */
    Account create(String username, String password, String fullName, Set<Role> roles, UUID carrier) {
        AccountEntity entity = new AccountEntity(username, hashing.hash(password), fullName, roles, carrier);
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
     * The active people with an e-mail address who hold one of the roles, bear one of the names or act for one of
     * the carriers: those a notice reaches. Each person once. Read without flushing the step's pending writes
     * (accounts are not among them): a flush makes JPA hold its connection to the transaction's end, and every engine command or notification
     * write after it in the same transaction would then need a second connection from the pool.
     */
    public List<Mailbox> mailboxes(Set<Role> roles, Set<String> names, Set<UUID> carriers) {
        Map<String, Mailbox> found = new LinkedHashMap<>();
        if (!roles.isEmpty()) {
            em.createNamedQuery("AccountEntity.mailableWithRole", AccountEntity.class).setFlushMode(FlushModeType.COMMIT)
                    .setParameter("roles", roles.stream().map(AccountEntity.RoleName::of).toList())
                    .getResultList().forEach(a -> found.putIfAbsent(a.toMailbox().username(), a.toMailbox()));
        }
        if (!names.isEmpty()) {
            em.createNamedQuery("AccountEntity.mailableNamed", AccountEntity.class).setFlushMode(FlushModeType.COMMIT)
                    .setParameter("names", names)
                    .getResultList().forEach(a -> found.putIfAbsent(a.toMailbox().username(), a.toMailbox()));
        }
        if (!carriers.isEmpty()) {
            em.createNamedQuery("AccountEntity.mailableOfCarrier", AccountEntity.class).setFlushMode(FlushModeType.COMMIT)
                    .setParameter("carriers", carriers)
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
