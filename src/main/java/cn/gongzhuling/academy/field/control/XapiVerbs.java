package cn.gongzhuling.academy.field.control;

import cn.gongzhuling.academy.field.entity.FieldKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The published xAPI verb IRIs that become field records (documented in docs/xapi-verbs.md), and
 * the extension IRIs carrying the fields of each kind.
 */
public final class XapiVerbs {

    public static final String VERB_BASE = "https://gongzhuling.cn/academy/xapi/verbs/";
    public static final String EXTENSION_BASE = "https://gongzhuling.cn/academy/xapi/extensions/";

    private static final Map<FieldKind, String> VERBS = new EnumMap<>(Map.of(
            FieldKind.HOUSEHOLD_VISIT, VERB_BASE + "visited-household",
            FieldKind.PROBLEM_FOUND, VERB_BASE + "found-problem",
            FieldKind.DISPUTE_MEDIATED, VERB_BASE + "mediated-dispute",
            FieldKind.FIRST_AID_TAUGHT, VERB_BASE + "taught-first-aid",
            FieldKind.FIRST_AID_RESPONSE, VERB_BASE + "responded-first-aid",
            FieldKind.HEALTH_SERVICE, VERB_BASE + "provided-health-service",
            FieldKind.VOLUNTEER_PROJECT, VERB_BASE + "ran-volunteer-project"));

    /** Extension names (after {@link #EXTENSION_BASE}) read from context.extensions and result.extensions. */
    public static final String GRID = "grid";
    public static final String PLACE = "place";
    public static final String NOTES = "notes";
    public static final String CATEGORY = "problem-category";
    public static final String HANDLING_LEVEL = "handling-level";
    public static final String STATUS = "problem-status";
    public static final String PARTIES = "parties";
    public static final String RESIDENTS = "residents";
    public static final String VOLUNTEERS = "volunteers";

    private XapiVerbs() {
    }

    public static String verb(FieldKind kind) {
        return VERBS.get(kind);
    }

    public static Optional<FieldKind> kind(String verbId) {
        return VERBS.entrySet().stream().filter(e -> e.getValue().equals(verbId)).map(Map.Entry::getKey).findFirst();
    }

    public static Map<FieldKind, String> all() {
        return Map.copyOf(VERBS);
    }
}
