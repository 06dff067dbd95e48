package fr.normandie.ecoles.app.web.session;

import fr.normandie.ecoles.app.security.InvalidInvitationException;
import fr.normandie.ecoles.app.security.InvitationAcceptance;
import fr.normandie.ecoles.app.security.Invitations;
import fr.normandie.ecoles.app.security.SignInMechanism;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serializable;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * carriers: invite (issue 16). The public page an invitation's link opens ({@code /invitation.xhtml?token=}): the
 * invitee chooses a user name (one is proposed from their address) and a password, which opens their carrier's
 * account and signs them in, on their portal's home. A link that opens nothing (unknown, expired, withdrawn, used)
 * gets one French refusal and no form.
 */
@Named
@ViewScoped
public class InvitationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "accept";

    @Inject
    Invitations invitations;

    @Inject
    SecurityContext security;

    private String token;
    private Invitations.Welcome welcome;
    private String refusal;
    private String username;
    private String password;
    private String confirmation;

    /** Reads the link once, when the page opens. */
    public void read() {
        if (welcome != null || refusal != null) {
            return;
        }
        try {
            welcome = invitations.welcome(token);
            username = welcome.proposedUsername();
        } catch (InvalidInvitationException e) {
            refusal = e.getMessage();
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Opens the account, then signs the person in (or, should that fail, sends them to the sign-in page). */
    public void accept() throws IOException {
        if (password != null && !password.equals(confirmation)) {
            FormErrors.field(FORM, "confirmation", Texts.get("invitation.mismatch"));
            return;
        }
        if (FormErrors.submit(FORM, () -> invitations.accept(new InvitationAcceptance(token, username, password)))
                .isEmpty()) {
            password = null;
            confirmation = null;
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        confirmation = null;
        external.redirect(external.getRequestContextPath() + (status == AuthenticationStatus.SUCCESS
                ? SignInMechanism.CARRIER_HOME : SignInMechanism.SIGN_IN_PAGE + "?continue=" + SignInMechanism.CARRIER_HOME));
        faces.responseComplete();
    }

    public boolean isOpen() {
        return welcome != null;
    }

    public Invitations.Welcome getWelcome() {
        return welcome;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
