package cn.gongzhuling.academy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "10x data costs at most 3x the time" table: the median of each report scenario (page and raw
 * SQL) in a run on small data against a run on ten times the data. Usage:
 * {@code java -cp <test classpath> cn.gongzhuling.academy.bench.TenX small/results.csv large/results.csv [out.md]}.
 */
public final class TenX {

    static final List<String> REPORTS = List.of("completion-city", "completion-street", "coverage", "impact",
            "grading-queue", "organizer-home", "verify", "trainee-dashboard");

    private TenX() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String[]> small = read(Path.of(args[0]));
        Map<String, String[]> large = read(Path.of(args[1]));
        StringBuilder sb = new StringBuilder("| scenario | page median ms, 1x | page median ms, 10x | page 10x ÷ 1x "
                + "| raw SQL median ms, 1x | raw SQL median ms, 10x | SQL 10x ÷ 1x | goal ≤ 3x |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (String id : REPORTS) {
            String[] a = small.get(id);
            String[] b = large.get(id);
            if (a == null || b == null) {
                continue;
            }
            double pa = Double.parseDouble(a[3]);
            double pb = Double.parseDouble(b[3]);
            double sa = number(a[7]);
            double sb2 = number(b[7]);
            sb.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1fx | %.1f | %.1f | %.1fx | %s |%n", id, pa, pb,
                    pb / pa, sa, sb2, sb2 / sa, pb / pa <= 3 ? "met" : "not met"));
        }
        System.out.print(sb);
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), sb.toString(), StandardCharsets.UTF_8);
        }
    }

    private static double number(String s) {
        return s == null || s.isBlank() ? Double.NaN : Double.parseDouble(s);
    }

    private static Map<String, String[]> read(Path csv) throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8).subList(1,
                Files.readAllLines(csv, StandardCharsets.UTF_8).size())) {
            String[] cells = line.split(",", -1);
            rows.put(cells[0], cells);
        }
        return rows;
    }
}
