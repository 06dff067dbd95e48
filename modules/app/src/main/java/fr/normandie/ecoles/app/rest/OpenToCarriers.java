package fr.normandie.ecoles.app.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method (or every method of a resource class) that a carrier's account may call. Nothing else of
 * the API is open to carriers: {@link CarrierReach} refuses them everywhere else (deny by default), so an endpoint
 * added tomorrow is closed to carriers until someone opens it here.
 *
 * <p>Opening a method is a promise that what it calls scopes by the {@code Caller}: the module's method reads or
 * writes only what the carrier carries ({@code Caller.sees(owner)}, or a query restricted to {@code
 * Caller.carrierId()}) and refuses the rest as not found, so that a carrier cannot even learn that another carrier's
 * project exists.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OpenToCarriers {
}
