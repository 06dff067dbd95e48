package fr.normandie.ecoles.app.http;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The session cookie as the container wrote it into the answer's {@code Set-Cookie} headers, completed
 * afterwards: {@code SameSite=Lax} always (a page of another site can link to the application, but never
 * post to it with the session), {@code Secure} when the browser's address is HTTPS. The container cannot do
 * either here: Payara Micro leaves out web.xml's cookie attributes, and decides {@code Secure} from the
 * connection alone, which behind a proxy ending HTTPS is plain HTTP. Other cookies, and the attributes
 * already there, are left as they are.
 */
final class SessionCookie {

    private static final String SET_COOKIE = "Set-Cookie";
    private static final String DEFAULT_NAME = "JSESSIONID";
    private static final String SAME_SITE = "SameSite";

    private SessionCookie() {
    }

    static void complete(ServletContext context, HttpServletResponse response, boolean secure) {
        if (response.isCommitted()) {
            return;
        }
        String configured = context.getSessionCookieConfig().getName();
        String prefix = (configured == null ? DEFAULT_NAME : configured) + "=";
        List<String> cookies = new ArrayList<>(response.getHeaders(SET_COOKIE));
        List<String> completed = cookies.stream()
                .map(cookie -> cookie.startsWith(prefix) ? completed(cookie, secure) : cookie).toList();
        if (completed.equals(cookies)) {
            return;
        }
        for (int i = 0; i < completed.size(); i++) {
            if (i == 0) {
                response.setHeader(SET_COOKIE, completed.get(i));
            } else {
                response.addHeader(SET_COOKIE, completed.get(i));
            }
        }
    }

    /**
     * The answer, whose session cookie is completed before a redirect sends it: the sign-in makes its new
     * session where this filter's request is not at hand, then redirects, which sends the answer at once.
     */
    static HttpServletResponse completedBeforeRedirects(HttpServletResponse response, ServletContext context,
                                                        boolean secure) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                complete(context, response, secure);
                super.sendRedirect(location);
            }
        };
    }

    private static String completed(String cookie, boolean secure) {
        StringBuilder result = new StringBuilder(cookie);
        if (!hasAttribute(cookie, SAME_SITE)) {
            result.append("; ").append(SAME_SITE).append("=Lax");
        }
        if (secure && !hasAttribute(cookie, "Secure")) {
            result.append("; Secure");
        }
        return result.toString();
    }

    private static boolean hasAttribute(String cookie, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (String attribute : cookie.split(";")) {
            String attributeName = attribute.split("=", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (attributeName.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
