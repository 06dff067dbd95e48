package fr.normandie.ecoles.app.security;

import jakarta.validation.Validator;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Forbidden;
import fr.normandie.ecoles.kernel.Rejected;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Carriers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
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
    Carriers carriers;

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
        requireCarrierOnlyForCarriers(account);
        AccountEntity entity = new AccountEntity(account.username(), hashing.hash(account.password()),
                account.fullName(), account.roles(), account.carrier());
        em.persist(entity);
        return entity.toAccount();
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
        AccountEntity entity = new AccountEntity(username, hashing.hash(password), fullName, roles, null);
        em.persist(entity);
        return entity.toAccount();
    }

    /**
     * The active people with an e-mail address who hold one of the roles or bear one of the names: those a
     * notice reaches. Each person once. Read without flushing the step's pending writes (accounts are not among
     * them): a flush makes JPA hold its connection to the transaction's end, and every engine command or notification
     * write after it in the same transaction would then need a second connection from the pool.
     */
    public List<Mailbox> mailboxes(Set<Role> roles, Set<String> names) {
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
