package cn.gongzhuling.academy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results table (Markdown and CSV) with the run's context: data, start-up, memory, load. */
final class Report {

    record Row(Scenario scenario, Stats page, Stats bound) {
    }

    final Map<String, String> context = new LinkedHashMap<>();
    final Map<String, Long> tableRows = new LinkedHashMap<>();
    final List<Row> rows = new ArrayList<>();

    Stats staticStats() {
        return rows.stream().filter(r -> r.scenario().id().equals(Scenarios.STATIC_ID)).map(Row::page).findFirst()
                .orElse(Stats.NONE);
    }

    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| scenario | median ms | p95 ms | req/s | bound | bound median ms | bound p95 ms | bound req/s "
                + "| page ÷ bound (median) | share of static req/s | errors | goal |\n");
        sb.append("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|\n");
        Stats stat = staticStats();
        for (Row r : rows) {
            Stats p = r.page();
            Stats b = r.bound();
            boolean bounded = r.scenario().bound() != Scenario.Bound.NONE;
            sb.append("| ").append(r.scenario().what())
                    .append(" | ").append(f1(p.medianMs())).append(" | ").append(f1(p.p95Ms()))
                    .append(" | ").append(f1(p.perSecond()))
                    .append(" | ").append(bounded ? r.scenario().bound().name().toLowerCase(Locale.ROOT) : "–")
                    .append(" | ").append(bounded ? f2(b.medianMs()) : "")
                    .append(" | ").append(bounded ? f2(b.p95Ms()) : "")
                    .append(" | ").append(bounded ? f1(b.perSecond()) : "")
                    .append(" | ").append(bounded ? f1(p.medianMs() / b.medianMs()) + "x" : "")
                    .append(" | ").append(r.scenario().id().equals(Scenarios.STATIC_ID) ? "1" : "1/"
                            + f1(stat.perSecond() / p.perSecond()))
                    .append(" | ").append(p.failures() + (bounded ? b.failures() : 0))
                    .append(" | ").append(r.scenario().goal()).append(" |\n");
        }
        return sb.toString();
    }

    String full() {
        StringBuilder sb = new StringBuilder("# Benchmark results\n\n");
        context.forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v).append('\n'));
        sb.append("- rows: ");
        List<String> counts = new ArrayList<>();
        tableRows.forEach((t, n) -> counts.add(t + " " + String.format(Locale.ROOT, "%,d", n)));
        sb.append(String.join(", ", counts)).append("\n\n");
        sb.append(markdown());
        for (Row r : rows) {
            if (r.page().firstError() != null || (r.bound() != null && r.bound().firstError() != null)) {
                sb.append("\nFirst error of ").append(r.scenario().id()).append(": ")
                        .append(r.page().firstError() != null ? r.page().firstError() : r.bound().firstError()).append('\n');
            }
        }
        return sb.toString();
    }

    String csv() {
        StringBuilder sb = new StringBuilder("scenario,requests,failures,median_ms,p95_ms,per_second,bound,"
                + "bound_median_ms,bound_p95_ms,bound_per_second,ratio_median,static_share\n");
        Stats stat = staticStats();
        for (Row r : rows) {
            Stats p = r.page();
            Stats b = r.bound() == null ? Stats.NONE : r.bound();
            sb.append(String.join(",", r.scenario().id(), String.valueOf(p.requests()), String.valueOf(p.failures()),
                    f2(p.medianMs()), f2(p.p95Ms()), f2(p.perSecond()), r.scenario().bound().name(), f2(b.medianMs()),
                    f2(b.p95Ms()), f2(b.perSecond()), f2(p.medianMs() / b.medianMs()), f2(p.perSecond() / stat.perSecond())))
                    .append('\n');
        }
        return sb.toString();
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.md"), full(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("results.csv"), csv(), StandardCharsets.UTF_8);
    }

    private static String f1(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f2(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
    }
}
