package cn.gongzhuling.academy.bench.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the feature generators share: the connection (auto-commit off), the settings, one id
 * counter (every generated id is unique across tables and starts at {@link #FIRST_ID}, far above
 * what the app's sequences have handed out), per-feature random streams, the generated world so
 * far, and the row counts per table.
 */
public final class GenerationContext {

    /** Generated ids start here; afterwards every sequence restarts above the largest id. */
    public static final long FIRST_ID = 10_000_000L;

    public record Unit(long id, String code, String level, String path, long streetId) {
    }

    public record Cadre(long id, String staffNo, long unitId, long streetId, String position, boolean active) {
    }

    /** A certificate as later features need it: its skills, validity and the day it was revoked (or null). */
    public record Held(List<String> skills, LocalDate issuedOn, LocalDate expiresOn, LocalDate revokedOn) {
        /** Valid on that day as the app saw it then: issued, not expired, not yet revoked. */
        public boolean validOn(String skill, LocalDate day) {
            return skills.contains(skill) && !day.isBefore(issuedOn) && !day.isAfter(expiresOn)
                    && (revokedOn == null || day.isBefore(revokedOn));
        }
    }

    /** A field record that arrived as an xAPI statement: the statement is written by {@link XapiData}. */
    public record Statement(String id, long recordId, String staffNo, String gridCode, LocalDateTime occurredAt,
                            LocalDateTime storedAt) {
    }

    private final Connection connection;
    private final GeneratorSettings settings;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long nextId = FIRST_ID;

    final List<Unit> streets = new ArrayList<>();
    final List<Unit> communities = new ArrayList<>();
    final List<Unit> grids = new ArrayList<>();
    final List<Cadre> cadres = new ArrayList<>();
    /** Certificates per person, filled by {@link CertificateData}. */
    final Map<Long, List<Held>> held = new HashMap<>();
    /** Field records that came in as xAPI statements, filled by {@link FieldData}. */
    final List<Statement> statements = new ArrayList<>();
    Unit city;

    GenerationContext(Connection connection, GeneratorSettings settings) {
        this.connection = connection;
        this.settings = settings;
    }

    public Connection connection() {
        return connection;
    }

    public GeneratorSettings settings() {
        return settings;
    }

    /** The "today" of the generated data: fixed, so the same seed gives the same rows whenever it runs. */
    public LocalDateTime anchor() {
        return settings.anchor();
    }

    /** A feature's own random stream: the same seed and feature name always give the same sequence. */
    public Random random(String feature) {
        return new Random(settings.seed() * 1_000_003L + feature.hashCode());
    }

    public long nextId() {
        return nextId++;
    }

    public long lastId() {
        return nextId - 1;
    }

    /** Scales a scale-1 count, never below {@code min}. */
    public int scaled(int atScaleOne, int min) {
        return Math.max(min, (int) Math.round(atScaleOne * settings.scale()));
    }

    public Batch batch(String table, String columns) throws SQLException {
        int n = columns.split(",").length;
        String marks = String.join(", ", java.util.Collections.nCopies(n, "?"));
        return new Batch(this, table, "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")");
    }

    /** A batch of UPDATE statements (rows already counted by the feature that inserted them). */
    public Batch update(String sql) throws SQLException {
        return new Batch(this, null, sql);
    }

    void counted(String table, long rows) {
        counts.merge(table, rows, Long::sum);
    }

    public Map<String, Long> counts() {
        return counts;
    }

    public List<Unit> streets() {
        return streets;
    }

    public List<Unit> grids() {
        return grids;
    }

    public List<Cadre> cadres() {
        return cadres;
    }

    public Unit city() {
        return city;
    }

    public List<Unit> communities() {
        return communities;
    }
}
