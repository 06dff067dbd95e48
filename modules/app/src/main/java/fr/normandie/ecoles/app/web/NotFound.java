package fr.normandie.ecoles.app.web;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers the French "page not found" (404) for a page whose address names nothing that exists. */
public final class NotFound {

    private NotFound() {
    }

    /** Sends the 404 error page and ends the request's work on the page. */
    public static void answer() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, Texts.get("error.404.title"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
