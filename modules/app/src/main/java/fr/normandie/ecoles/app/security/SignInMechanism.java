package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.app.StartupReadiness;
import fr.normandie.ecoles.app.http.PublicAddress;
import fr.normandie.ecoles.app.http.SecurityHeaders;
import fr.normandie.ecoles.app.operations.Unavailable;
import fr.normandie.ecoles.app.problems.DatabaseOutage;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's one authentication mechanism, for its two kinds of callers, both checked against
 * the accounts table through the identity store:
 * <ul>
 *   <li>REST clients under {@code /api/}: HTTP Basic on every request (a valid credential is remembered for a
 *       moment, {@link VerifiedCredentials}), 401 with a challenge otherwise;</li>
 *   <li>people in a browser: the sign-in page hands the credential over once
 *       ({@code SecurityContext.authenticate}); the session then remembers who signed in until sign-out or
 *       expiry (web.xml). A protected page asked without a session redirects to the sign-in page.</li>
 * </ul>
 * The session is also accepted on the API for reading ({@code GET}, {@code HEAD}), so that the pages can
 * link to the exports; a request that changes something must carry Basic credentials, so no page of
 * another site can make a signed-in browser change data through the API.
 * <p>
 * With the Region's directory configured ({@link DirectorySettings}), a protected page asked without a session
 * goes to the directory instead of the sign-in page ({@link DirectorySignIn}); once back, the person's account is
 * opened or updated ({@link Accounts#signInThroughDirectory}) and the session remembers them as after the
 * sign-in page. The API then also accepts the directory's access tokens ({@code Authorization: Bearer},
 * {@link BearerTokens}). The local accounts keep working beside it (the administrator's, say).
 * This mechanism is the selected alternative: the container's OpenID Connect mechanism, which the annotation
 * on {@link DirectorySettings} defines in any case, is only ever called through it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** The sign-in page, which protected pages redirect to. */
    public static final String SIGN_IN_PAGE = "/login.xhtml";

    /**
     * The request attribute by which a throttled sign-in from the page tells the page how long to wait
     * (a {@link Duration}).
     */
    public static final String THROTTLED = SignInMechanism.class.getName() + ".throttled";

    private static final String SIGNED_IN = SignInMechanism.class.getName() + ".signedIn";
    /** The request attribute holding the groups of the caller signed in for the request ({@link #loggedIn}). */
    private static final String GROUPS = SignInMechanism.class.getName() + ".groups";
    /** Set on the request whose session this mechanism ended because its account is no longer active. */
    private static final String DEACTIVATED = SignInMechanism.class.getName() + ".deactivated";
    /** Where a person goes once signed in when they asked for no page (or for one they may not be sent to). */
    public static final String HOME = "/dashboard.xhtml";
    /** carriers: invite (issue 16): a carrier's account's home instead (the dashboard is the Region's). */
    public static final String CARRIER_HOME = "/carrier/projects.xhtml";

    private static final String ASKED = SignInMechanism.class.getName() + ".asked";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";
    private static final Logger LOG = Logger.getLogger(SignInMechanism.class.getName());

    @Inject
    SignInAttempts attempts;

    @Inject
    SignInThrottle throttle;

    @Inject
    Accounts accounts;

    @Inject
    VerifiedCredentials verifiedCredentials;

    @Inject
    PublicAddress publicAddress;

    @Inject
    DirectorySignIn directory;

    @Inject
    BearerTokens bearerTokens;

    @Inject
    @Readiness
    StartupReadiness startup;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (directory.configured()) {
            request.setAttribute(SecurityHeaders.FORM_TARGET, directory.origin()); // the sign-out's way out
        }
        // this runs before any filter: its refusals carry the security headers too
        SecurityHeaders.apply(request, response, publicAddress.isSecure(request));
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.among(e)) {
                throw e;
            }
            return unavailable(request, response);
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        if (!startup.started() && isApi(request)) {
            return unavailable(request, response); // the accounts' table may not even exist yet
        }
        Credential handedOver = context.getAuthParameters().getCredential();
        if (handedOver != null) {
            return signIn(handedOver, request, context);
        }
        if (isApi(request)) {
            return api(request, response, context);
        }
        Optional<SignedInCaller> caller = signedIn(request);
        if (caller.isPresent()) {
            return loggedIn(request, context, caller.get().name(), caller.get().groups());
        }
        if (directory.configured()) {
            return throughDirectory(request, response, context);
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?continue="
                    + URLEncoder.encode(requestedPath(request), StandardCharsets.UTF_8)
                    + (request.getAttribute(DEACTIVATED) != null ? "&deactivated=true"
                            : sessionExpired(request) ? "&expired=true" : ""));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInAttempts.Outcome outcome = attempts.attempt(password, throttle.addressOf(request));
        if (outcome instanceof SignInAttempts.Throttled throttled) {
            request.setAttribute(THROTTLED, throttled.retryAfter());
        }
        if (!(outcome instanceof SignInAttempts.Accepted accepted)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedInCaller caller = new SignedInCaller(accepted.account().username(), accepted.account().groups());
        remember(request, caller);
        return loggedIn(request, context, caller.name(), caller.groups());
    }

    /**
     * Tells the container who signed in, and keeps their groups on the request: they are the container's roles one
     * to one (glassfish-web.xml), so that {@link Callers} need not ask the container's policy once per role.
     */
    private static AuthenticationStatus loggedIn(HttpServletRequest request, HttpMessageContext context, String name,
                                                 Set<String> groups) {
        request.setAttribute(GROUPS, Set.copyOf(groups));
        return context.notifyContainerAboutLogin(name, groups);
    }

    /** The groups of the caller this mechanism signed in for the request, as {@link #loggedIn} kept them. */
    @SuppressWarnings("unchecked")
    static Optional<Set<String>> groupsOf(HttpServletRequest request) {
        return Optional.ofNullable((Set<String>) request.getAttribute(GROUPS));
    }

    private static void remember(HttpServletRequest request, SignedInCaller caller) {
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: the signed-in session gets a new id
        }
        request.getSession(true).setAttribute(SIGNED_IN, caller);
    }

    /** Where a person lands once signed in: the page asked for, else their home by role. */
    public static String landing(String requested, boolean carrier) {
        String page = pageToContinueTo(requested);
        return carrier && page.equals(HOME) ? CARRIER_HOME : page;
    }

    /**
     * The container's OpenID Connect mechanism sends the browser to the directory or takes its code back. Once it
     * has checked the ID token, the browser is sent on to the page without the code, signed in with the roles
     * of the directory's claim: never with the groups the container's mechanism read, so the request that
     * carries the code serves nothing.
     */
    private AuthenticationStatus throughDirectory(HttpServletRequest request, HttpServletResponse response,
                                                  HttpMessageContext context) {
        boolean leaving = context.isProtected() && request.getParameter("state") == null;
        AuthenticationStatus status = directory.validate(request, response, context);
        if (status != AuthenticationStatus.SUCCESS) {
            if (leaving && status == AuthenticationStatus.SEND_CONTINUE) {
                request.getSession(true).setAttribute(ASKED, requestedPath(request)); // to come back to
            }
            return status;
        }
        DirectoryCaller caller = directory.signedIn();
        try {
            accounts.signInThroughDirectory(caller);
        } catch (DirectoryAccountException e) {
            LOG.log(Level.WARNING, "Directory sign-in refused: {0}", e.getMessage());
            return refused(response);
        }
        Object asked = request.getSession(true).getAttribute(ASKED);
        remember(request, new SignedInCaller(caller.name(), caller.groups()));
        request.getSession().removeAttribute(ASKED);
        return context.redirect(request.getContextPath() + pageToContinueTo((String) asked));
    }

    /** Only a page of this application, never an address elsewhere, the sign-in page nor the API. */
    public static String pageToContinueTo(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//")
                || requested.contains("\\") || requested.startsWith(SIGN_IN_PAGE) || requested.startsWith("/api/")) {
            return HOME;
        }
        return requested;
    }

    /**
     * A directory's access token on the API: the person it speaks for, with the roles of its claim. The directory
     * out of reach (its keys unknown yet) is a 503, as the database out of reach.
     */
    private AuthenticationStatus bearer(String authorization, HttpServletRequest request,
                                        HttpServletResponse response, HttpMessageContext context) {
        try {
            DirectoryCaller caller = bearerTokens.verify(authorization.substring(BEARER.length()).trim());
            accounts.signInThroughDirectory(caller);
            return loggedIn(request, context, caller.name(), caller.groups());
        } catch (InvalidTokenException | DirectoryAccountException e) {
            LOG.log(Level.FINE, "Bearer token refused: {0}", e.getMessage());
            response.addHeader("WWW-Authenticate", "Bearer realm=\"Ecoles de production\", error=\"invalid_token\"");
            return context.responseUnauthorized();
        } catch (DirectoryUnreachableException e) {
            LOG.log(Level.WARNING, "Bearer token not checked: {0}", e.getMessage());
            return unavailable(request, response);
        }
    }

    /** The French 403 page: the directory vouched for someone the application refuses. */
    private static AuthenticationStatus refused(HttpServletResponse response) {
        return answered(() -> response.sendError(HttpServletResponse.SC_FORBIDDEN));
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            Optional<UsernamePasswordCredential> credential = basicCredential(authorization);
            SignInAttempts.Outcome outcome = credential.isEmpty() ? new SignInAttempts.Refused()
                    : verifiedCredentials.validate(credential.get(), throttle.addressOf(request));
            if (outcome instanceof SignInAttempts.Accepted accepted) {
                return loggedIn(request, context, accepted.account().username(), accepted.account().groups());
            }
            return outcome instanceof SignInAttempts.Throttled throttled
                    ? tooManySignIns(response, throttled.retryAfter()) : challenge(response, context);
        }
        if (directory.configured() && authorization != null
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return bearer(authorization, request, response, context);
        }
        Optional<SignedInCaller> caller = signedIn(request).filter(c -> isReading(request));
        if (caller.isPresent()) {
            return loggedIn(request, context, caller.get().name(), caller.get().groups());
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    /** An answer written by the mechanism itself: the request goes no further. */
    @FunctionalInterface
    private interface Answer {
        void write() throws IOException;
    }

    private static AuthenticationStatus answered(Answer answer) {
        try {
            answer.write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus tooManySignIns(HttpServletResponse response, Duration retryAfter) {
        return answered(() -> TooManySignIns.answer(response, retryAfter));
    }

    /** The 503 answer is written here: the request goes no further. */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        return answered(() -> Unavailable.answer(request, response));
    }

    private AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Ecoles de production\"");
        if (directory.configured()) {
            response.addHeader("WWW-Authenticate", "Bearer realm=\"Ecoles de production\"");
        }
        return context.responseUnauthorized();
    }

    private static Optional<UsernamePasswordCredential> basicCredential(String authorization) {
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Who the session signed in, as their account stands now: read on every request, so that a deactivated
     * account's session ends at its next request (on any node) and changed roles count at once.
     */
    private Optional<SignedInCaller> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SignedInCaller remembered = session == null ? null : (SignedInCaller) session.getAttribute(SIGNED_IN);
        if (remembered == null) {
            return Optional.empty();
        }
        Optional<SignedInCaller> current = accounts.active(remembered.name())
                .map(a -> new SignedInCaller(a.username(), a.groups()));
        if (current.isEmpty()) {
            session.invalidate();
            request.setAttribute(DEACTIVATED, Boolean.TRUE);
        } else if (!current.get().equals(remembered)) {
            session.setAttribute(SIGNED_IN, current.get());
        }
        return current;
    }

    /** The API and the metrics (which Payara serves in this application's context): HTTP Basic. */
    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/metrics") || path.startsWith("/metrics/");
    }

    private static boolean isReading(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static boolean sessionExpired(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private static String requestedPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
