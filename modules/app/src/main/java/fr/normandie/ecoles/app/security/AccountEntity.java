package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.kernel.UuidColumnConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "account", schema = "accounts")
@NamedQuery(name = "AccountEntity.all", query = "select a from AccountEntity a order by a.username")
@NamedQuery(name = "AccountEntity.withRole", query = "select count(a) from AccountEntity a join a.roles r where r = :role and a.active = true")
@NamedQuery(name = "AccountEntity.mailableWithRole", query = "select distinct a from AccountEntity a join a.roles r "
        + "where r in :roles and a.active = true and a.email is not null")
@NamedQuery(name = "AccountEntity.mailableOfCarrier", query = "select a from AccountEntity a "
        + "where a.carrierId in :carriers and a.active = true and a.email is not null")
@NamedQuery(name = "AccountEntity.activeOfCarrier", query = "select count(a) from AccountEntity a "
        + "where a.carrierId = :carrier and a.active = true")
@NamedQuery(name = "AccountEntity.mailableNamed", query = "select a from AccountEntity a "
        + "where a.username in :names and a.active = true and a.email is not null")
@NamedQuery(name = "AccountEntity.activeWithEmail",
        query = "select count(a) from AccountEntity a where lower(a.email) = :email and a.active = true")
@NamedQuery(name = "AccountEntity.signingIn",
        query = "select a from AccountEntity a left join fetch a.roles where a.username = :username")
public class AccountEntity {

    @Id
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "full_name")
    private String fullName;
    private boolean active;
    /** Signs in through the Region's directory: no local password; name, e-mail and roles are the directory's. */
    private boolean directory;
    private String email;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    /** The carrier a carrier's account acts for; null for the Region's accounts. */
    @Column(name = "carrier_id")
    @Convert(converter = UuidColumnConverter.class)
    private UUID carrierId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", schema = "accounts", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<RoleName> roles = new HashSet<>();

    /** Stored as the role's group name, the value the identity store returns. */
    enum RoleName {
        staff, auditor, funding, viewer, admin, carrier;

        static RoleName of(Role role) {
            return valueOf(role.group());
        }

        Role role() {
            return Role.valueOf(name().toUpperCase(java.util.Locale.ROOT));
        }
    }

    protected AccountEntity() {
    }

    AccountEntity(String username, String passwordHash, String fullName, Set<Role> roles, UUID carrierId) {
        this.username = username;
        this.carrierId = carrierId;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.active = true;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
        setRoles(roles);
    }

    /** An account opened at its first sign-in through the directory. */
    static AccountEntity fromDirectory(String username, LocalDateTime now) {
        AccountEntity account = new AccountEntity();
        account.username = username;
        account.directory = true;
        account.active = true;
        account.createdAt = now;
        return account;
    }

    boolean directory() {
        return directory;
    }

    boolean active() {
        return active;
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        roles.forEach(r -> this.roles.add(RoleName.of(r)));
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    boolean isActive() {
        return active;
    }

    /** The account as sign-in checks it: only an active one, with its roles as the container's groups. */
    Optional<ActiveAccount> toActiveAccount() {
        if (!active) {
            return Optional.empty();
        }
        Set<String> groups = new HashSet<>();
        roles.forEach(r -> groups.add(r.name()));
        return Optional.of(new ActiveAccount(username, groups, passwordHash));
    }

    String email() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    Mailbox toMailbox() {
        return new Mailbox(username, fullName, email);
    }

    Account toAccount() {
        Set<Role> mapped = EnumSet.noneOf(Role.class);
        roles.forEach(r -> mapped.add(r.role()));
        return new Account(username, fullName, mapped, active, carrierId);
    }
}
