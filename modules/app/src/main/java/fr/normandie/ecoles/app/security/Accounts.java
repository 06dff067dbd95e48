package fr.normandie.ecoles.app.security;

import jakarta.validation.Validator;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.kernel.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
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

    boolean anyActiveWith(Role role) {
        return em.createNamedQuery("AccountEntity.withRole", Long.class)
                .setParameter("role", AccountEntity.RoleName.of(role)).getSingleResult() > 0;
    }

    boolean none() {
        return em.createQuery("select count(a) from AccountEntity a", Long.class).getSingleResult() == 0;
    }
}
