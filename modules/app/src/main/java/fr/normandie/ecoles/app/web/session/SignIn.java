package fr.normandie.ecoles.app.web.session;

import fr.normandie.ecoles.app.security.Accounts;
import fr.normandie.ecoles.app.security.DirectorySignIn;
import fr.normandie.ecoles.app.security.SignInMechanism;
import fr.normandie.ecoles.app.security.TooManySignIns;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.kernel.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.time.Duration;
import java.net.URI;
import java.util.Optional;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The sign-in page and the sign-out button. */
@Named
@RequestScoped
public class SignIn {

    static final String HOME = SignInMechanism.HOME;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    DirectorySignIn directory;

    @Inject
    Accounts accounts;

    private String username;
    private String password;
    /** The page the person asked for before being sent here. */
    private String continueTo;
    private boolean expired;
    private boolean signedOut;
    /** The session was ended because the account was deactivated. */
    private boolean deactivated;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            // read from the account: the container's role checks may not know the new caller within this request
            boolean carrier = accounts.find(username).map(a -> a.roles().contains(Role.CARRIER)).orElse(false);
            external.redirect(external.getRequestContextPath() + SignInMechanism.landing(continueTo, carrier));
            faces.responseComplete();
        } else {
            password = null;
            Object throttled = external.getRequestMap().get(SignInMechanism.THROTTLED);
            FormErrors.global(throttled instanceof Duration wait
                    ? Texts.get("signIn.throttled", TooManySignIns.seconds(wait)) : Texts.get("signIn.refused"));
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String signedOut = external.getRequestContextPath() + SignInMechanism.SIGN_IN_PAGE + "?signedOut=true";
        // signed in through the directory: its session ends too, then it sends the browser back here
        Optional<URI> directorySignOut = directory.signOutAddress(request,
                request.getRequestURL().toString().replaceFirst("^(\\w+://[^/]+).*$", "$1") + signedOut);
        request.logout();
        HttpSession session = (HttpSession) external.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(directorySignOut.map(URI::toString).orElse(signedOut));
        faces.responseComplete();
    }

    /** Only a page of this application, never an address elsewhere nor the sign-in page itself. */
    static String safeDestination(String requested) {
        return SignInMechanism.pageToContinueTo(requested);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }

    public boolean isDeactivated() {
        return deactivated;
    }

    public void setDeactivated(boolean deactivated) {
        this.deactivated = deactivated;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }
}
