package cn.gongzhuling.academy.xapi.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A statement as the LRS serves it: the properties the client sent, unchanged, plus what the
 * server decides — the id when the client sent none, timestamp (the stored time when the client
 * sent none), stored, authority and version.
 */
public final class Served {

    /**
     * The JSON-P provider, looked up once: {@code JSON.createObjectBuilder()} asks the ServiceLoader
     * on every call, which on Payara cost milliseconds per statement.
     */
    public static final JsonProvider JSON = JsonProvider.provider();
    public static final String DEFAULT_VERSION = "1.0.0";
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Served() {
    }

    public static String iso(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    /** The authority of statements stored with an integration client's credentials. */
    public static JsonObject authority(String clientName, String homePage) {
        return JSON.createObjectBuilder()
                .add("objectType", "Agent")
                .add("name", clientName)
                .add("account", JSON.createObjectBuilder().add("homePage", homePage).add("name", clientName))
                .build();
    }

    public static JsonObject statement(String id, JsonObject received, Instant stored, JsonObject authority, String version) {
        JsonObjectBuilder out = JSON.createObjectBuilder().add("id", id);
        for (var property : received.entrySet()) {
            switch (property.getKey()) {
                case "id", "stored", "authority", "version" -> {
                    // the server's own values below
                }
                default -> out.add(property.getKey(), property.getValue());
            }
        }
        if (!received.containsKey("timestamp")) {
            out.add("timestamp", iso(stored));
        }
        out.add("stored", iso(stored));
        out.add("authority", authority);
        out.add("version", version == null ? DEFAULT_VERSION : version);
        return out.build();
    }

    /**
     * The served JSON text of a statement just stored, spliced onto the text as sent when that is
     * safe (the client sent none of the server's properties, and its id as stored): no second
     * serialization on the intake path.
     */
    public static String statementText(ParsedStatement statement, Instant stored, JsonObject authority) {
        JsonObject received = statement.received();
        String text = statement.text();
        boolean ownId = !received.containsKey("id") || statement.id().equals(received.getString("id", null));
        if (text == null || !ownId || received.containsKey("stored") || received.containsKey("authority")
                || received.containsKey("version")) {
            return statement(statement.id(), received, stored, authority, statement.version()).toString();
        }
        StringBuilder out = new StringBuilder(text.length() + 300).append(text, 0, text.length() - 1);
        if (!received.containsKey("id")) {
            out.append(",\"id\":\"").append(statement.id()).append('"');
        }
        if (!received.containsKey("timestamp")) {
            out.append(",\"timestamp\":\"").append(iso(stored)).append('"');
        }
        return out.append(",\"stored\":\"").append(iso(stored)).append("\",\"authority\":").append(authority)
                .append(",\"version\":\"").append(DEFAULT_VERSION).append("\"}").toString();
    }

    public static JsonObject parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static boolean isNull(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }
}
