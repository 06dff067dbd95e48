package fr.normandie.ecoles.app.rest;

import jakarta.ws.rs.core.Response;

/**
 * Answers whose Java type must stay out of the OpenAPI document: Payara's generator fails on records
 * whose components carry Bean Validation constraints (payara/Payara#7649), so resources returning such
 * records declare {@link Response} and describe the body with {@code @APIResponse} instead.
 */
final class OpenApiSafe {

    private OpenApiSafe() {
    }

    static Response ok(Object entity) {
        return Response.ok(entity).build();
    }
}
