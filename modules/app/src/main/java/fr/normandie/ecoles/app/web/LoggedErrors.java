package fr.normandie.ecoles.app.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes every error a page did not handle to the server's log, with its stack trace, before Faces
 * forwards the person to the error page (which shows none).
 * <p>
 * A form whose page state is gone (the session expired, or the page was left open too long) is no error of
 * the application: it answers the expired page, in French, and the log says it in one line. Faces would
 * otherwise wrap it in a {@code FacesException}, which the container's error pages match as any error: 500.
 */
public class LoggedErrors extends ExceptionHandlerFactory {

    static final String EXPIRED_PAGE = "/errors/expired.xhtml";

    private static final Logger LOG = Logger.getLogger(LoggedErrors.class.getName());

    public LoggedErrors(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    Throwable error = events.next().getContext().getException();
                    if (expired(error)) {
                        events.remove();
                        showExpiredPage(error);
                    } else {
                        LOG.log(Level.SEVERE, "Erreur non traitée dans une page", error);
                    }
                }
                super.handle();
            }
        };
    }

    private static boolean expired(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void showExpiredPage(Throwable error) {
        LOG.info(() -> "Page expirée : " + error.getMessage());
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, EXPIRED_PAGE));
        faces.getPartialViewContext().setRenderAll(true);
        faces.renderResponse();
    }
}
