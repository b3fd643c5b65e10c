package cn.gongzhuling.academy.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' p:chart, which writes the JSON into a script element:
 * so '<', '>' and '&' in labels (unit names are user data) are written as \\u escapes and can never
 * close the script.
 */
public final class ChartJson {

    /** One series: its label, colour and values (one per category label). */
    public record Series(String label, String colour, List<? extends Number> values) {
    }

    private ChartJson() {
    }

    /** A bar chart; horizontal bars suit long Chinese unit names. maxValue null: automatic scale. */
    public static String bar(List<String> labels, List<Series> series, boolean horizontal, Integer maxValue) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(v -> data.add(v.doubleValue()));
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("backgroundColor", s.colour())
                    .add("borderColor", s.colour()).add("data", data));
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true);
        if (maxValue != null) {
            valueAxis.add("max", maxValue);
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", horizontal ? "y" : "x")
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", series.size() > 1))))
                .build();
        return scriptSafe(config.toString());
    }

    /** A line chart over categories (e.g. months), one line per series; maxValue null: automatic scale. */
    public static String line(List<String> labels, List<Series> series, Integer maxValue) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(v -> data.add(v.doubleValue()));
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("borderColor", s.colour())
                    .add("backgroundColor", s.colour()).add("tension", 0.2).add("fill", false).add("data", data));
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (maxValue != null) {
            y.add("max", maxValue);
        }
        return scriptSafe(Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString());
    }

    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
