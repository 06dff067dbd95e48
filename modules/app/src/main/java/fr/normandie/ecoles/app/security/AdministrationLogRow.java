package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The administration log's table (times in UTC): written once, never changed. */
@Entity
@Table(name = "administration_log", schema = "accounts")
@NamedQuery(name = "AdministrationLogRow.latest", query = "select l from AdministrationLogRow l order by l.at desc")
@NamedQuery(name = "AdministrationLogRow.ofAccount",
        query = "select l from AdministrationLogRow l where l.username = :username order by l.at desc")
class AdministrationLogRow {

    @Id
    private UUID id;
    private LocalDateTime at;
    private String actor;
    private String username;
    @Enumerated(EnumType.STRING)
    private AdministrationAction action;
    @Column(name = "roles_before")
    private String rolesBefore;
    @Column(name = "roles_after")
    private String rolesAfter;
    @Column(name = "active_before")
    private Boolean activeBefore;
    @Column(name = "active_after")
    private boolean activeAfter;

    protected AdministrationLogRow() {
    }

    /** The change from {@code before} (none for an account just opened) to {@code after}. */
    AdministrationLogRow(LocalDateTime at, String actor, AdministrationAction action, Account before, Account after) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.actor = actor;
        this.username = after.username();
        this.action = action;
        this.rolesBefore = before == null ? null : names(before.roles());
        this.activeBefore = before == null ? null : before.active();
        this.rolesAfter = names(after.roles());
        this.activeAfter = after.active();
    }

    AdministrationLogEntry toEntry() {
        return new AdministrationLogEntry(id, at.toInstant(ZoneOffset.UTC), actor, username, action, roles(rolesBefore), roles(rolesAfter),
                activeBefore, activeAfter);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static Set<Role> roles(String names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null && !names.isEmpty()) {
            Arrays.stream(names.split(",")).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
