package cn.gongzhuling.academy.xapi.control;

import static cn.gongzhuling.academy.xapi.control.JsonRules.at;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * Activities (xAPI 1.0.3 Data 2.4.4.1): an IRI id and an optional definition with language maps,
 * IRIs, extensions and the interaction properties; also the activities of a context.
 */
final class ActivityRules {

    private static final Set<String> ACTIVITY = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION = Set.of("name", "description", "type", "moreInfo", "extensions",
            "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps");
    private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in",
            "matching", "performance", "sequencing", "likert", "numeric", "other");
    private static final Set<String> COMPONENT_LISTS = Set.of("choices", "scale", "source", "target", "steps");
    private static final Set<String> COMPONENT = Set.of("id", "description");

    private ActivityRules() {
    }

    /** Checks an activity; returns its id. */

    static String activity(JsonObject activity, String path) {
        JsonRules.onlyKnown(activity, path, ACTIVITY);
        JsonRules.required(activity, path, "id");
        String id = JsonRules.iri(activity, path, "id");
        JsonValue value = activity.get("definition");
        if (value != null) {
            String here = at(path, "definition");
            JsonObject definition = JsonRules.object(value, here);
            JsonRules.onlyKnown(definition, here, DEFINITION);
            JsonRules.languageMap(definition, here, "name");
            JsonRules.languageMap(definition, here, "description");
            JsonRules.iri(definition, here, "type");
            JsonRules.iri(definition, here, "moreInfo");
            JsonRules.extensions(definition, here, "extensions");
            String interaction = JsonRules.string(definition, here, "interactionType");
            if (interaction != null && !INTERACTION_TYPES.contains(interaction)) {
                throw XapiProblem.invalid(at(here, "interactionType"), "xapi.error.objectType",
                        JsonRules.shorten(interaction), String.join(", ", INTERACTION_TYPES.stream().sorted().toList()));
            }
            if (definition.containsKey("correctResponsesPattern")) {
                String list = at(here, "correctResponsesPattern");
                JsonArray patterns = JsonRules.array(definition.get("correctResponsesPattern"), list);
                for (int i = 0; i < patterns.size(); i++) {
                    if (patterns.get(i).getValueType() != JsonValue.ValueType.STRING) {
                        throw XapiProblem.invalid(list + "[" + i + "]", "xapi.error.notString");
                    }
                }
            }
            for (String name : COMPONENT_LISTS) {
                if (definition.containsKey(name)) {
                    components(JsonRules.array(definition.get(name), at(here, name)), at(here, name));
                }
            }
        }
        return id;
    }

    private static void components(JsonArray list, String path) {
        for (int i = 0; i < list.size(); i++) {
            String here = path + "[" + i + "]";
            JsonObject component = JsonRules.object(list.get(i), here);
            JsonRules.onlyKnown(component, here, COMPONENT);
            JsonRules.required(component, here, "id");
            JsonRules.text(component, here, "id", JsonRules.TEXT_MAX);
            JsonRules.languageMap(component, here, "description");
        }
    }

    /** An activity of contextActivities: objectType, when given, must be Activity. */
    static void contextActivity(JsonValue value, String path) {
        JsonObject activity = JsonRules.object(value, path);
        String type = JsonRules.string(activity, path, "objectType");
        if (type != null && !"Activity".equals(type)) {
            throw XapiProblem.invalid(at(path, "objectType"), "xapi.error.objectType", JsonRules.shorten(type), "Activity");
        }
        activity(activity, path);
    }
}
