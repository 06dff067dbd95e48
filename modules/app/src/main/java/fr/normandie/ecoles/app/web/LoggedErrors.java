package fr.normandie.ecoles.app.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes every error a page did not handle to the server's log, with its stack trace, before Faces
 * forwards the person to the error page (which shows none).
 */
public class LoggedErrors extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(LoggedErrors.class.getName());

    public LoggedErrors(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                    Throwable error = event.getContext().getException();
                    LOG.log(Level.SEVERE, "Erreur non traitée dans une page", error);
                }
                super.handle();
            }
        };
    }
}
