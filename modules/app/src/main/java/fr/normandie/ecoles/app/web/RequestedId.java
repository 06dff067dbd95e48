package fr.normandie.ecoles.app.web;

import jakarta.faces.context.FacesContext;

import java.util.Optional;
import java.util.UUID;

/** The record a page's address names ({@code ?id=}), when it is a well-formed id. */
public final class RequestedId {

    private RequestedId() {
    }

    /** The {@code id} parameter of the current request, or empty when absent or not an id (the page answers 404). */
    public static Optional<UUID> current() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            return Optional.ofNullable(id).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
