package cn.gongzhuling.academy.xapi.control;

import static cn.gongzhuling.academy.xapi.control.JsonRules.at;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.regex.Pattern;

/** The result of a statement (xAPI 1.0.3 Data 2.4.5): flags, response, an ISO 8601 duration, a score in range. */
final class ResultRules {

    private static final Set<String> RESULT = Set.of("score", "success", "completion", "response", "duration",
            "extensions");
    private static final Set<String> SCORE = Set.of("scaled", "raw", "min", "max");
    private static final Pattern DURATION = Pattern.compile(
            "P(?=\\d|T\\d)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?"
                    + "(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?");

    private ResultRules() {
    }

    /** Checks the result of a statement or sub-statement, when it has one. */
    static void result(JsonObject parent, String path) {
        JsonValue value = parent.get("result");
        if (value == null) {
            return;
        }
        String here = at(path, "result");
        JsonObject result = JsonRules.object(value, here);
        JsonRules.onlyKnown(result, here, RESULT);
        JsonRules.bool(result, here, "success");
        JsonRules.bool(result, here, "completion");
        JsonRules.string(result, here, "response");
        String duration = JsonRules.string(result, here, "duration");
        if (duration != null && !DURATION.matcher(duration).matches()) {
            throw XapiProblem.invalid(at(here, "duration"), "xapi.error.duration", JsonRules.shorten(duration));
        }
        JsonRules.extensions(result, here, "extensions");
        if (result.containsKey("score")) {
            String at = at(here, "score");
            JsonObject score = JsonRules.object(result.get("score"), at);
            JsonRules.onlyKnown(score, at, SCORE);
            Double scaled = JsonRules.number(score, at, "scaled");
            if (scaled != null && (scaled < -1 || scaled > 1)) {
                throw XapiProblem.invalid(at(at, "scaled"), "xapi.error.scoreScaled");
            }
            Double raw = JsonRules.number(score, at, "raw");
            Double min = JsonRules.number(score, at, "min");
            Double max = JsonRules.number(score, at, "max");
            boolean bad = (min != null && max != null && min >= max)
                    || (raw != null && min != null && raw < min) || (raw != null && max != null && raw > max);
            if (bad) {
                throw XapiProblem.invalid(at, "xapi.error.scoreRange");
            }
        }
    }
}
