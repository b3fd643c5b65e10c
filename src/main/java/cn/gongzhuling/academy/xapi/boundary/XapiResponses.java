package cn.gongzhuling.academy.xapi.boundary;

import cn.gongzhuling.academy.platform.boundary.Messages;
import cn.gongzhuling.academy.xapi.control.XapiProblem;
import cn.gongzhuling.academy.xapi.control.Served;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** Response details every xAPI answer shares: the version header, JSON, and the error body. */
final class XapiResponses {

    static final String VERSION_HEADER = "X-Experience-API-Version";
    static final String VERSION = "1.0.3";
    static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private XapiResponses() {
    }

    /**
     * {"error": status, "path": where, "message": what, in the caller's language}; always with a
     * body, so the servlet container's HTML error pages never answer an API client.
     */
    static Response problem(XapiProblem problem, Locale locale) {
        String message = Messages.get(locale, problem.getKey(), problem.getArgs());
        if (!problem.getPath().isEmpty()) {
            message = problem.getPath() + ": " + message;
        }
        String body = Served.JSON.createObjectBuilder()
                .add("error", problem.getStatus())
                .add("path", problem.getPath())
                .add("message", message)
                .build().toString();
        Response.ResponseBuilder response = Response.status(problem.getStatus()).entity(body).type(JSON)
                .header(VERSION_HEADER, VERSION);
        if (problem.getStatus() == XapiProblem.UNAUTHORIZED) {
            response.header("WWW-Authenticate", "Basic realm=\"xAPI\"");
        }
        return response.build();
    }
}
