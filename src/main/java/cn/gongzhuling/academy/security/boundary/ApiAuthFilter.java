package cn.gongzhuling.academy.security.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * HTTP Basic for the REST API: every request must carry the name and secret of an active
 * {@link cn.gongzhuling.academy.security.entity.ApiClient}; otherwise 401 with a challenge and a
 * JSON error. Registered by the API's JAX-RS application (not scanned), so it guards exactly the
 * resources of that application.
 */
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthFilter implements ContainerRequestFilter {

    public static final String REALM = "Grassroots Academy API";

    @Inject
    ApiClientService clients;

    @Inject
    CurrentApiCaller current;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<ApiCaller> caller = clients.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (caller.isEmpty()) {
            String body = Json.createObjectBuilder().add("error", "unauthorized")
                    .add("message", "HTTP Basic credentials of an active API client are required").build().toString();
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"")
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build());
            return;
        }
        current.set(caller.get());
    }
}
