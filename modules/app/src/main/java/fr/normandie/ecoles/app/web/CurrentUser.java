package fr.normandie.ecoles.app.web;

import fr.normandie.ecoles.app.security.Account;
import fr.normandie.ecoles.app.security.Accounts;
import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.app.security.SignInMechanism;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/** The person signed in, as the pages need them: name, and what their roles let them see. */
@Named("user")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    Callers callers;

    @Inject
    Accounts accounts;

    private Optional<Account> account;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public Caller caller() {
        return callers.current();
    }

    /** The full name when the account has one, else the user name. */
    public String getDisplayName() {
        return account().map(Account::fullName).filter(n -> !n.isBlank())
                .orElseGet(() -> security.getCallerPrincipal().getName());
    }

    /**
     * Read from the account rather than from the container, which knows no roles on the error pages.
     */
    public boolean has(Role role) {
        return account().map(Account::roles).orElse(Set.of()).contains(role);
    }

    /** The signed-in person's account, read once per request (name and roles both come from it). */
    private Optional<Account> account() {
        if (account == null) {
            account = isSignedIn() ? accounts.find(security.getCallerPrincipal().getName()) : Optional.empty();
        }
        return account;
    }

    public boolean isStaff() {
        return has(Role.STAFF);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Staff, auditors and funding officers: the people who carry steps and have an inbox. */
    public boolean isWorker() {
        return has(Role.STAFF) || has(Role.AUDITOR) || has(Role.FUNDING);
    }

    /** A carrier's account: its own pages under /carrier/, nothing of the Region's. */
    public boolean isCarrier() {
        return has(Role.CARRIER);
    }

    /**
     * carriers: invite (issue 16): sends the address without a page (index.xhtml) to the home page of the person's
     * role. A redirect rather than a navigation outcome, which needs the target view to exist in this build.
     */
    public void home() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + SignInMechanism.landing(null, isCarrier()));
        FacesContext.getCurrentInstance().responseComplete();
    }

    public boolean isAuditor() {
        return has(Role.AUDITOR);
    }

    public boolean isFunding() {
        return has(Role.FUNDING);
    }

    /** Funding officers, administrators and staff: the people who read envelopes, subsidies and payments in the pages. */
    public boolean isFundingReader() {
        return has(Role.FUNDING) || has(Role.ADMIN) || has(Role.STAFF);
    }

    /** The people who may open a project's page. */
    public boolean isProjectReader() {
        return isWorker() || isAdmin();
    }
}
