package fr.normandie.ecoles.app.web.admin;

import fr.normandie.ecoles.app.security.Account;
import fr.normandie.ecoles.app.security.Accounts;
import fr.normandie.ecoles.app.security.AdministrationLogEntry;
import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.app.security.NewAccount;
import fr.normandie.ecoles.app.security.PasswordReset;
import fr.normandie.ecoles.app.security.RoleChange;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Carriers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accounts, the form that opens one with its roles, and (issue 15) each account's deactivation or
 * reactivation, the change of its roles, the reset of its password, and the administration log.
 */
@Named
@ViewScoped
public class AccountsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "account";
    static final String ROLES_FORM = "roles";
    static final String PASSWORD_FORM = "reset";
    private static final String THIS_PAGE = "/admin/accounts.xhtml?faces-redirect=true";
    /** How many of the administration log's latest entries the page shows. */
    private static final int LOG_SHOWN = 100;

    @Inject
    Accounts accounts;

    @Inject
    Callers callers;

    @Inject
    Carriers carriers;

    private String target;
    private List<Role> targetRoles = new ArrayList<>();
    private String resetTarget;
    private String newPassword;
    private List<AdministrationLogEntry> log;

    private String username;
    private String fullName;
    private String password;
    private List<Role> roles = new ArrayList<>();

    public List<Account> getAccounts() {
        return accounts.all();
    }

    public String open() {
        Optional<Account> opened = FormErrors.submit(FORM, () -> accounts.open(callers.current(), new NewAccount(username, password,
                fullName, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), null)));
        if (opened.isPresent()) {
            FormErrors.info(Texts.get("accounts.opened", opened.get().username()));
            return "/admin/accounts.xhtml?faces-redirect=true";
        }
        password = null;
        return null;
    }

    public String deactivate(String name) {
        return FormErrors.submit(FORM, () -> accounts.deactivate(callers.current(), name))
                .map(a -> done("accounts.deactivated", a.username())).orElse(null);
    }

    public String reactivate(String name) {
        return FormErrors.submit(FORM, () -> accounts.reactivate(callers.current(), name))
                .map(a -> done("accounts.reactivated", a.username())).orElse(null);
    }

    public String changeRoles() {
        return FormErrors.submit(ROLES_FORM, () -> accounts.changeRoles(callers.current(), target,
                        new RoleChange(targetRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(targetRoles))))
                .map(a -> done("accounts.rolesChanged", a.username())).orElse(null);
    }

    /** Sets the password typed, or shows once the one the application drew. */
    public String resetPassword() {
        Optional<Optional<String>> reset = FormErrors.submit(PASSWORD_FORM,
                () -> accounts.resetPassword(callers.current(), resetTarget, new PasswordReset(newPassword)));
        newPassword = null;
        return reset.map(drawn -> drawn.map(p -> done("accounts.passwordDrawn", resetTarget, p))
                .orElseGet(() -> done("accounts.passwordSet", resetTarget))).orElse(null);
    }

    private static String done(String message, Object... parameters) {
        FormErrors.info(Texts.get(message, parameters));
        return THIS_PAGE;
    }

    /** The latest entries of the administration log, read once per view (every change redirects to a new one). */
    public List<AdministrationLogEntry> getLog() {
        if (log == null) {
            log = accounts.log(callers.current(), Optional.empty(), LOG_SHOWN);
        }
        return log;
    }

    /** The account's roles in French, in the order of the menu. */
    public String roleNames(Account account) {
        return roleNames(account.roles());
    }

    /** carriers: invite (issue 16): the carrier a carrier's account acts for, by name; none for the Region's. */
    public String carrierName(Account account) {
        return account.carrierId() == null ? "" : carriers.find(account.carrierId())
                .map(file -> Texts.get("accounts.carrierOf", file.carrier().name())).orElse("");
    }

    /** A log entry's roles, before → after (only after for an account opened). */
    public String rolesChange(AdministrationLogEntry entry) {
        return (entry.activeBefore() == null ? "" : roleNames(entry.rolesBefore()) + " → ")
                + roleNames(entry.rolesAfter());
    }

    /** A log entry's activation, before → after (only after for an account opened). */
    public String stateChange(AdministrationLogEntry entry) {
        return (entry.activeBefore() == null ? "" : state(entry.activeBefore()) + " → ") + state(entry.activeAfter());
    }

    private static String state(boolean active) {
        return Texts.get(active ? "accounts.active" : "accounts.inactive");
    }

    /** Roles in French, in the order of the menu; a dash for none. */
    private static String roleNames(Set<Role> roles) {
        return roles.isEmpty() ? "—" : roles.stream().sorted().map(r -> Texts.get("role." + r.name()))
                .collect(Collectors.joining(", "));
    }

    /** The Region's roles: a carrier's account is opened for its carrier (invitation), not from this form. */
    public Role[] getRoleChoices() {
        return Role.region().toArray(Role[]::new);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public List<Role> getTargetRoles() { return targetRoles; }
    public void setTargetRoles(List<Role> targetRoles) { this.targetRoles = targetRoles; }
    public String getResetTarget() { return resetTarget; }
    public void setResetTarget(String resetTarget) { this.resetTarget = resetTarget; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
