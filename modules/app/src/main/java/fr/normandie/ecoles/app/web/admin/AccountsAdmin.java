package fr.normandie.ecoles.app.web.admin;

import fr.normandie.ecoles.app.security.Account;
import fr.normandie.ecoles.app.security.Accounts;
import fr.normandie.ecoles.app.security.NewAccount;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.kernel.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The accounts, and the form that opens one with its roles. */
@Named
@ViewScoped
public class AccountsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "account";

    @Inject
    Accounts accounts;

    private String username;
    private String fullName;
    private String password;
    private List<Role> roles = new ArrayList<>();

    public List<Account> getAccounts() {
        return accounts.all();
    }

    public String open() {
        Optional<Account> opened = FormErrors.submit(FORM, () -> accounts.open(new NewAccount(username, password,
                fullName, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), null)));
        if (opened.isPresent()) {
            FormErrors.info(Texts.get("accounts.opened", opened.get().username()));
            return "/admin/accounts.xhtml?faces-redirect=true";
        }
        password = null;
        return null;
    }

    /** The account's roles in French, in the order of the menu. */
    public String roleNames(Account account) {
        return account.roles().stream().sorted().map(r -> Texts.get("role." + r.name()))
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
}
