package cn.gongzhuling.academy.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The content of a statement for comparison: properties sorted by name, numbers by value (1.0 = 1),
 * and the properties the LRS sets itself (stored, authority, version) left out at the top level, so
 * the same statement sent twice has the same hash however its properties are ordered.
 */
public final class Canonical {

    private static final Set<String> SERVER_SET = Set.of("stored", "authority", "version");

    private Canonical() {
    }

    public static String hash(JsonObject statement) {
        StringBuilder out = new StringBuilder(512);
        object(statement, out, true);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(out.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String canonical(JsonObject statement) {
        StringBuilder out = new StringBuilder();
        object(statement, out, true);
        return out.toString();
    }

    private static void object(JsonObject object, StringBuilder out, boolean top) {
        List<String> names = new ArrayList<>(object.keySet());
        names.sort(null);
        out.append('{');
        boolean first = true;
        for (String name : names) {
            if (top && SERVER_SET.contains(name)) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(name, out);
            out.append(':');
            value(object.get(name), out);
        }
        out.append('}');
    }

    private static void value(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> object((JsonObject) value, out, false);
            case ARRAY -> {
                out.append('[');
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    value(array.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(((JsonString) value).getString(), out);
            case NUMBER -> {
                BigDecimal number = ((JsonNumber) value).bigDecimalValue();
                out.append(number.signum() == 0 ? "0" : number.stripTrailingZeros().toString());
            }
            default -> out.append(value);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
