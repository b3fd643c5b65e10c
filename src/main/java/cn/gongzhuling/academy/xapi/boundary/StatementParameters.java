package cn.gongzhuling.academy.xapi.boundary;

import cn.gongzhuling.academy.xapi.control.BoundedJsonReader;
import cn.gongzhuling.academy.xapi.control.Served;
import cn.gongzhuling.academy.xapi.control.StatementValidator;
import cn.gongzhuling.academy.xapi.control.XapiProblem;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The query parameters of GET /xapi/statements read and checked (each refusal names its
 * parameter), and the "more" link of a page built from them.
 */
final class StatementParameters {

    private StatementParameters() {
    }

    /** A statement id given as a query parameter, lower case; refused with the parameter's name. */
    static String idParameter(String id, String name) {
        JsonObject holder = Served.JSON.createObjectBuilder().add("objectType", "StatementRef").add("id", id).build();
        try {
            return StatementValidator.statementRef(holder);
        } catch (XapiProblem e) {
            throw XapiProblem.invalid(name, "xapi.error.uuid", id.length() > 80 ? id.substring(0, 77) + "..." : id);
        }
    }

    /** The identity key of the agent JSON of ?agent=. */
    static String agentKey(String agent) {
        JsonValue value;
        try {
            value = new BoundedJsonReader(8192, 8).read(new java.io.ByteArrayInputStream(
                    agent.getBytes(StandardCharsets.UTF_8)));
        } catch (XapiProblem e) {
            throw XapiProblem.invalid("agent", "xapi.error.paramJson", "agent");
        }
        return StatementValidator.actorKey(value, "agent");
    }

    static boolean bool(String value, String name) {
        if (value == null) {
            return false;
        }
        if (!"true".equals(value) && !"false".equals(value)) {
            throw XapiProblem.invalid(name, "xapi.error.paramInvalid", name, value);
        }
        return Boolean.parseBoolean(value);
    }

    static long number(String value, String name) {
        try {
            long n = Long.parseLong(value);
            if (n < 0) {
                throw new NumberFormatException(value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw XapiProblem.invalid(name, "xapi.error.paramInvalid", name,
                    value.length() > 20 ? value.substring(0, 20) : value);
        }
    }

    /** The same query with the cursor moved on, relative to the server root as the spec wants. */
    static String moreLink(String basePath, MultivaluedMap<String, String> query, long next) {
        StringBuilder link = new StringBuilder(basePath).append("statements?");
        for (var entry : query.entrySet()) {
            if (!"after".equals(entry.getKey())) {
                for (String value : entry.getValue()) {
                    link.append(encode(entry.getKey())).append('=').append(encode(value)).append('&');
                }
            }
        }
        return link.append("after=").append(next).toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
