package cn.gongzhuling.academy.xapi.control;

import static cn.gongzhuling.academy.xapi.control.JsonRules.at;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules of xAPI 1.0.3 (Data, part 2) for statements sent to the LRS: known properties only,
 * exactly one identifier per agent, IRIs where the spec wants them, ISO 8601 times not far in the
 * future, scores in range, voiding only by StatementRef. The first problem found is thrown with the
 * path of the offending property; a batch names the index of the statement. Activities, results and
 * contexts have their own rules ({@link ActivityRules}, {@link ResultRules}, {@link ContextRules}),
 * as agents do ({@link AgentRules}).
 */
public final class StatementValidator {

    private static final Set<String> STATEMENT = Set.of("id", "actor", "verb", "object", "result", "context",
            "timestamp", "stored", "authority", "version", "attachments");
    private static final Set<String> SUB_STATEMENT = Set.of("objectType", "actor", "verb", "object", "result",
            "context", "timestamp", "attachments");
    private static final Set<String> VERB = Set.of("id", "display");
    static final Set<String> STATEMENT_REF = Set.of("objectType", "id");
    private static final Pattern VERSION = Pattern.compile("1\\.0(\\.\\d+)?");

    private final Clock clock;
    private final Duration maxAhead;

    public StatementValidator(Clock clock, Duration maxAhead) {
        this.clock = clock;
        this.maxAhead = maxAhead;
    }

    /**
     * A request body: one statement or a non-empty array of them. The same statement twice in one
     * array counts once; two different statements with one id are refused.
     */
    public List<ParsedStatement> batch(JsonValue body) {
        return batch(new BoundedJsonReader.Body(body, List.of()));
    }

    /** As {@link #batch(JsonValue)}, keeping each statement's text as sent. */
    public List<ParsedStatement> batch(BoundedJsonReader.Body read) {
        JsonValue body = read.value();
        if (body.getValueType() == JsonValue.ValueType.OBJECT) {
            return List.of(statement((JsonObject) body, text(read, 0)));
        }
        if (body.getValueType() != JsonValue.ValueType.ARRAY) {
            throw XapiProblem.invalid("", "xapi.error.notAStatement");
        }
        JsonArray array = (JsonArray) body;
        if (array.isEmpty()) {
            throw XapiProblem.invalid("", "xapi.error.emptyBatch");
        }
        List<ParsedStatement> statements = new ArrayList<>(array.size());
        Map<String, String> hashes = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String place = "statements[" + i + "]";
            ParsedStatement parsed;
            try {
                parsed = statement(JsonRules.object(array.get(i), ""), text(read, i));
            } catch (XapiProblem problem) {
                throw problem.at(place);
            }
            String earlier = hashes.putIfAbsent(parsed.id(), parsed.contentHash());
            if (earlier == null) {
                statements.add(parsed);
            } else if (!earlier.equals(parsed.contentHash())) {
                throw XapiProblem.invalid(place + ".id", "xapi.error.batchDuplicate", parsed.id());
            }
        }
        return statements;
    }

    private static String text(BoundedJsonReader.Body read, int index) {
        return index < read.texts().size() ? read.texts().get(index) : null;
    }

    public ParsedStatement statement(JsonObject s) {
        return statement(s, null);
    }

    /** One statement; text is its JSON as sent (kept as it is), or null. */
    public ParsedStatement statement(JsonObject s, String text) {
        JsonRules.onlyKnown(s, "", STATEMENT);
        if (s.containsKey("attachments")) {
            throw XapiProblem.invalid("attachments", "xapi.error.attachments");
        }
        String id = JsonRules.uuid(s, "", "id");
        String version = JsonRules.string(s, "", "version");
        if (version != null && !VERSION.matcher(version).matches()) {
            throw XapiProblem.invalid("version", "xapi.error.version", JsonRules.shorten(version));
        }
        JsonRules.required(s, "", "actor");
        JsonRules.required(s, "", "verb");
        JsonRules.required(s, "", "object");
        ParsedStatement.Actor actor = AgentRules.agentOrGroup(s.get("actor"), "actor");
        String verbId = verb(s.get("verb"), "verb");
        JsonObject object = JsonRules.object(s.get("object"), "object");
        String objectType = objectType(object, "object");
        String objectId = object(object, objectType, "object", true);
        String voidsId = null;
        if (ParsedStatement.VOIDED.equals(verbId)) {
            if (!"StatementRef".equals(objectType)) {
                throw XapiProblem.invalid("object.objectType", "xapi.error.voidingObject");
            }
            voidsId = objectId;
        }
        ResultRules.result(s, "");
        ContextRules.context(s, "", objectType);
        Instant timestamp = timestamp(s, "");
        if (timestamp != null && timestamp.isAfter(clock.instant().plus(maxAhead))) {
            throw XapiProblem.invalid("timestamp", "xapi.error.future", maxAhead.toMinutes(), JsonRules.string(s, "", "timestamp"));
        }
        // stored and authority are the server's: accepted from the client but always replaced when served
        return new ParsedStatement(id == null ? UUID.randomUUID().toString() : id, s, text, Canonical.hash(s), actor,
                verbId, objectId, timestamp, version, voidsId);
    }

    /** The identity key of an agent or group given as a query parameter (GET ?agent=...). */
    public static String actorKey(JsonValue agent, String path) {
        return AgentRules.agentOrGroup(agent, path).key();
    }

    /** The id of a StatementRef, lower case; refused unless it is a UUID. */
    public static String statementRef(JsonObject ref) {
        JsonRules.required(ref, "", "id");
        return JsonRules.uuid(ref, "", "id");
    }

    /** An ISO 8601 time given as a query parameter; refused with the parameter's name. */
    public static Instant instant(String text, String name) {
        try {
            return timestamp(Served.JSON.createObjectBuilder().add("timestamp", text).build(), "");
        } catch (XapiProblem e) {
            throw XapiProblem.invalid(name, "xapi.error.timestamp", JsonRules.shorten(text));
        }
    }

    private static String verb(JsonValue value, String path) {
        JsonObject verb = JsonRules.object(value, path);
        JsonRules.onlyKnown(verb, path, VERB);
        JsonRules.required(verb, path, "id");
        JsonRules.languageMap(verb, path, "display");
        return JsonRules.iri(verb, path, "id");
    }

    private static String objectType(JsonObject object, String path) {
        String type = JsonRules.string(object, path, "objectType");
        if (type == null) {
            return "Activity";
        }
        if (!Set.of("Activity", "Agent", "Group", "StatementRef", "SubStatement").contains(type)) {
            throw XapiProblem.invalid(at(path, "objectType"), "xapi.error.objectType", JsonRules.shorten(type),
                    "Activity, Agent, Group, StatementRef, SubStatement");
        }
        return type;
    }

    /** Checks an object by its type; returns the activity id or the referenced statement id. */
    private String object(JsonObject object, String type, String path, boolean topLevel) {
        switch (type) {
            case "Agent" -> {
                AgentRules.agent(object, path);
                return null;
            }
            case "Group" -> {
                AgentRules.group(object, path);
                return null;
            }
            case "StatementRef" -> {
                JsonRules.onlyKnown(object, path, STATEMENT_REF);
                JsonRules.required(object, path, "id");
                return JsonRules.uuid(object, path, "id");
            }
            case "SubStatement" -> {
                if (!topLevel) {
                    throw XapiProblem.invalid(at(path, "objectType"), "xapi.error.subStatementNested");
                }
                subStatement(object, path);
                return null;
            }
            default -> {
                return ActivityRules.activity(object, path);
            }
        }
    }

    private void subStatement(JsonObject sub, String path) {
        JsonRules.onlyKnown(sub, path, SUB_STATEMENT);
        if (sub.containsKey("attachments")) {
            throw XapiProblem.invalid(at(path, "attachments"), "xapi.error.attachments");
        }
        JsonRules.required(sub, path, "actor");
        JsonRules.required(sub, path, "verb");
        JsonRules.required(sub, path, "object");
        AgentRules.agentOrGroup(sub.get("actor"), at(path, "actor"));
        verb(sub.get("verb"), at(path, "verb"));
        JsonObject object = JsonRules.object(sub.get("object"), at(path, "object"));
        String type = objectType(object, at(path, "object"));
        object(object, type, at(path, "object"), false);
        ResultRules.result(sub, path);
        ContextRules.context(sub, path, type);
        timestamp(sub, path);
    }

    /** ISO 8601 date and time; without an offset it is read as UTC. */
    static Instant timestamp(JsonObject parent, String path) {
        String text = JsonRules.string(parent, path, "timestamp");
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw XapiProblem.invalid(at(path, "timestamp"), "xapi.error.timestamp", JsonRules.shorten(text));
            }
        }
    }
}
