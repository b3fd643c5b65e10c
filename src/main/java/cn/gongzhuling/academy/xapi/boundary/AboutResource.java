package cn.gongzhuling.academy.xapi.boundary;

import cn.gongzhuling.academy.xapi.control.Served;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /xapi/about: the xAPI versions this LRS speaks; open to anyone, as the spec asks. */
@Path("about")
@RequestScoped
@Tag(name = "xAPI")
public class AboutResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "xAPI versions supported by this LRS")
    public Response about() {
        String body = Served.JSON.createObjectBuilder()
                .add("version", Served.JSON.createArrayBuilder().add(XapiResponses.VERSION)).build().toString();
        return Response.ok(body, XapiResponses.JSON).header(XapiResponses.VERSION_HEADER, XapiResponses.VERSION).build();
    }
}
