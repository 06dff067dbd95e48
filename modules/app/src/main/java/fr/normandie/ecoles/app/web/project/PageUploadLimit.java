package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.app.rest.UploadLimit;
import fr.normandie.ecoles.schools.Documents;
import fr.normandie.ecoles.kernel.Role;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

/**
 * Refuses a document sent from a page before the container parses it, where a file past the container's own
 * limits would fail the whole request (a 500 page) and one under them would be written to a temporary file
 * first. A person who may not send documents gets the access-denied page (403). A body longer than the API's
 * limit ({@link UploadLimit#maxRequestSize(long)}) is not parsed: its view state, which comes after the file,
 * cannot be read, so the page is shown again (post-redirect-get) with the refusal next to the file field
 * ({@link ProjectDocuments#getRefusal()}). The body is read and thrown away first, up to {@value #DRAINED_AT_MOST}
 * bytes, so that the browser, still sending, reads the answer; beyond that the connection is closed.
 */
@WebFilter(servletNames = "Faces Servlet")
public class PageUploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final long DRAINED_AT_MOST = 256L << 20;
    private static final String PROJECT_PAGE = "/projects/view.xhtml";
    private static final String PROJECTS = "/projects/list.xhtml";
    /** The carrier's documents page (issue 16, docs), whose refusal is shown as the project page's. */
    static final String CARRIER_DOCUMENTS = "/carrier/documents.xhtml";
    private static final String CARRIER_PROJECTS = "/carrier/projects.xhtml";

    @Inject
    transient Documents documents;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isUpload(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (Arrays.stream(Role.working()).noneMatch(role -> request.isUserInRole(role.group()))
                && !request.isUserInRole(Role.CARRIER.group())) { // a carrier: its own projects, as the module checks

            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long length = request.getContentLengthLong();
        if (length < 0 || length > UploadLimit.maxRequestSize(documents.maxSize())) {
            refuse(request, response, length);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** A body too long, or of unannounced length (which no browser sends): the page again, with the refusal. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, long length) throws IOException {
        if (length >= 0 && length <= DRAINED_AT_MOST) {
            try (InputStream body = request.getInputStream()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        } else {
            response.setHeader("Connection", "close");
        }
        String back = returnPath(request);
        if (back.startsWith(PROJECT_PAGE) || back.startsWith(CARRIER_DOCUMENTS)) { // a list has no field to show it next to
            request.getSession().setAttribute(ProjectDocuments.REFUSED_UPLOAD, documents.maxSize());
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + back);
    }

    /**
     * The project page the form was sent from, read from the Referer (which the site sends between its own
     * pages), of which only a project page's path and query are kept: never another address.
     */
    private static String returnPath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                String page = request.getContextPath() + PROJECT_PAGE;
                if (page.equals(from.getPath()) && from.getRawQuery() != null && from.getRawQuery().matches("id=[0-9a-fA-F-]{36}")) {
                    return PROJECT_PAGE + "?" + from.getRawQuery();
                }
                if ((request.getContextPath() + CARRIER_DOCUMENTS).equals(from.getPath()) && from.getRawQuery() != null
                        && from.getRawQuery().matches("project=[0-9a-fA-F-]{36}")) {
                    return CARRIER_DOCUMENTS + "?" + from.getRawQuery();
                }
            } catch (IllegalArgumentException malformed) {
                // an address that is none: back to the projects
            }
        }
        return request.isUserInRole(Role.CARRIER.group()) ? CARRIER_PROJECTS : PROJECTS;
    }
}
