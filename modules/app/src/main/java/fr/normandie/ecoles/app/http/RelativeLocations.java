package fr.normandie.ecoles.app.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;

/**
 * The API's {@code Location} of a created resource names a path ({@code /api/projects/…}) unless
 * {@code web.public-url} is set: the resources build it from the request's address, whose host is the one
 * the client claimed. With a public URL, that address is the public one ({@link PublicAddress}) and the
 * absolute {@code Location} is kept. Jersey would make a relative {@code Location} absolute again after
 * the filters: {@code ApiApplication} turns that off.
 */
@Provider
public class RelativeLocations implements ContainerResponseFilter {

    /** Jersey's property that keeps a relative {@code Location} as it is. */
    public static final String KEEP_RELATIVE_LOCATIONS = "jersey.config.server.headers.location.relative.resolution.disabled";

    @Inject
    PublicAddress publicAddress;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        URI location = response.getLocation();
        if (location == null || !location.isAbsolute() || publicAddress.hasPublicUrl()) {
            return;
        }
        String path = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
        response.getHeaders().putSingle(HttpHeaders.LOCATION, path);
    }
}
