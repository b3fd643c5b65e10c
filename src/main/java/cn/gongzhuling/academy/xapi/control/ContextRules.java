package cn.gongzhuling.academy.xapi.control;

import static cn.gongzhuling.academy.xapi.control.JsonRules.at;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * The context of a statement (xAPI 1.0.3 Data 2.4.6): registration, instructor and team, revision
 * and platform (only for an activity object), language, a StatementRef and the context activities.
 */
final class ContextRules {

    private static final Set<String> CONTEXT = Set.of("registration", "instructor", "team", "contextActivities",
            "revision", "platform", "language", "statement", "extensions");
    private static final Set<String> CONTEXT_ACTIVITIES = Set.of("parent", "grouping", "category", "other");

    private ContextRules() {
    }

    /** Checks the context of a statement or sub-statement; objectType is that of its object. */
    static void context(JsonObject parent, String path, String objectType) {
        JsonValue value = parent.get("context");
        if (value == null) {
            return;
        }
        String here = at(path, "context");
        JsonObject context = JsonRules.object(value, here);
        JsonRules.onlyKnown(context, here, CONTEXT);
        JsonRules.uuid(context, here, "registration");
        if (context.containsKey("instructor")) {
            AgentRules.agentOrGroup(context.get("instructor"), at(here, "instructor"));
        }
        if (context.containsKey("team")) {
            AgentRules.group(context.get("team"), at(here, "team"));
        }
        JsonRules.text(context, here, "revision", JsonRules.TEXT_MAX);
        JsonRules.text(context, here, "platform", JsonRules.TEXT_MAX);
        if (("Agent".equals(objectType) || "Group".equals(objectType))
                && (context.containsKey("revision") || context.containsKey("platform"))) {
            throw XapiProblem.invalid(here, "xapi.error.contextActivityOnly");
        }
        JsonRules.languageTag(context, here, "language");
        if (context.containsKey("statement")) {
            String at = at(here, "statement");
            JsonObject ref = JsonRules.object(context.get("statement"), at);
            JsonRules.onlyKnown(ref, at, StatementValidator.STATEMENT_REF);
            JsonRules.required(ref, at, "objectType");
            JsonRules.required(ref, at, "id");
            if (!"StatementRef".equals(JsonRules.string(ref, at, "objectType"))) {
                throw XapiProblem.invalid(at(at, "objectType"), "xapi.error.objectType",
                        JsonRules.shorten(JsonRules.string(ref, at, "objectType")), "StatementRef");
            }
            JsonRules.uuid(ref, at, "id");
        }
        JsonRules.extensions(context, here, "extensions");
        if (context.containsKey("contextActivities")) {
            String at = at(here, "contextActivities");
            JsonObject activities = JsonRules.object(context.get("contextActivities"), at);
            JsonRules.onlyKnown(activities, at, CONTEXT_ACTIVITIES);
            for (String kind : activities.keySet()) {
                JsonValue entry = activities.get(kind);
                String place = at(at, kind);
                if (entry.getValueType() == JsonValue.ValueType.ARRAY) {
                    JsonArray list = (JsonArray) entry;
                    for (int i = 0; i < list.size(); i++) {
                        ActivityRules.contextActivity(list.get(i), place + "[" + i + "]");
                    }
                } else {
                    ActivityRules.contextActivity(entry, place);
                }
            }
        }
    }
}
