package fr.normandie.ecoles.app.http;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The session cookie as the container wrote it into the answer's {@code Set-Cookie} headers, marked
 * {@code Secure} afterwards: the container decides the flag from the connection alone, which behind a proxy
 * ending HTTPS is plain HTTP. The other cookies and the cookie's other attributes are left as they are.
 */
final class SessionCookie {

    private static final String SET_COOKIE = "Set-Cookie";
    private static final String DEFAULT_NAME = "JSESSIONID";

    private SessionCookie() {
    }

    static void markSecure(ServletContext context, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        String configured = context.getSessionCookieConfig().getName();
        String prefix = (configured == null ? DEFAULT_NAME : configured) + "=";
        List<String> cookies = new ArrayList<>(response.getHeaders(SET_COOKIE));
        if (cookies.stream().noneMatch(cookie -> cookie.startsWith(prefix) && !isSecure(cookie))) {
            return;
        }
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            String marked = cookie.startsWith(prefix) && !isSecure(cookie) ? cookie + "; Secure" : cookie;
            if (i == 0) {
                response.setHeader(SET_COOKIE, marked);
            } else {
                response.addHeader(SET_COOKIE, marked);
            }
        }
    }

    private static boolean isSecure(String cookie) {
        for (String attribute : cookie.split(";")) {
            if (attribute.trim().toLowerCase(Locale.ROOT).equals("secure")) {
                return true;
            }
        }
        return false;
    }
}
