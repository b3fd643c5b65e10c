package cn.gongzhuling.academy.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/me: lets an integration check its credentials and see its scope. */
@Path("me")
@RequestScoped
@Tag(name = "clients", description = "The calling integration")
public class ApiIdentityResource {

    @Inject
    CurrentApiCaller current;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The calling API client", description = "Its name and the id of the org unit whose subtree it may use.")
    public JsonObject me() {
        ApiCaller caller = current.require();
        return Json.createObjectBuilder().add("name", caller.name()).add("scopeUnitId", caller.scopeUnitId()).build();
    }
}
