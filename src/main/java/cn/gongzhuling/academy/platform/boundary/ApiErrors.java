package cn.gongzhuling.academy.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of the JSON API answered in JSON, never with an HTML error page: a body that is not
 * JSON is 400, HTTP errors keep their status, anything unexpected is 500 with an incident number
 * that is also in the server log.
 */
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            Throwable cause = w.getCause();
            if (cause instanceof JsonException || cause instanceof ProcessingException) {
                return json(400, "the body is not valid JSON");
            }
            return json(w.getResponse().getStatus(), w.getResponse().getStatusInfo().getReasonPhrase());
        }
        if (e instanceof JsonParsingException || e instanceof JsonException || e instanceof ProcessingException) {
            return json(400, "the body is not valid JSON");
        }
        String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        LOG.log(Level.SEVERE, "API incident " + incident, e);
        return json(500, "internal error, incident " + incident);
    }

    private static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.createObjectBuilder().add("error", message).build().toString()).build();
    }
}
