package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.Documents;
import fr.normandie.ecoles.kernel.Role;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a request carrying documents ({@link Upload}) before its body is read, where the multipart reader
 * would otherwise take it whole (to disk past a threshold) before the resource could say no: first the
 * caller, who must hold a role that works on projects or be a carrier's account (403; which project a carrier
 * may send to is checked by the schools module); then the announced length (Content-Length), which
 * must not pass {@link #maxRequestSize(long)} (413); a body of unannounced length is read through
 * a {@link BoundedInput} that fails at that size. A refused upload answers {@code Connection: close}: a client
 * that reads the answer (a browser, curl) stops sending, and the connection is not kept for another request
 * behind the rest of the body. (A client that ignores the answer and keeps sending is read and discarded by
 * the container up to its {@code max-swallowing-input-bytes}, unlimited by default: see the README.)
 */
@Provider
@Upload
@Priority(Priorities.AUTHORIZATION)
public class UploadLimit implements ContainerRequestFilter, ContainerResponseFilter {

    /** The parts' boundaries and headers, generously. */
    private static final int PARTS_OVERHEAD = 64 * 1024;

    @Inject
    Callers callers;

    @Inject
    Documents documents;

    /**
     * The largest request that may carry documents, over the API or from a page: a file at its largest, one
     * text field at its largest (the step's form) and the parts' headers. Files sent together share it.
     */
    public static long maxRequestSize(long maxFileSize) {
        return maxFileSize + MultipartForm.MAX_TEXT + PARTS_OVERHEAD;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // a carrier sends documents to its own projects, which the module checks (another's is not found)
        callers.requireAny(Role.STAFF, Role.AUDITOR, Role.FUNDING, Role.CARRIER);
        long maxFileSize = documents.maxSize();
        long maxRequestSize = maxRequestSize(maxFileSize);
        if (request.getLength() > maxRequestSize) {
            throw new RequestTooLargeException(maxRequestSize, maxFileSize);
        }
        request.setEntityStream(new BoundedInput(request.getEntityStream(), maxRequestSize,
                () -> new RequestTooLargeException(maxRequestSize, maxFileSize)));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400) {
            response.getHeaders().putSingle("Connection", "close");
        }
    }
}
