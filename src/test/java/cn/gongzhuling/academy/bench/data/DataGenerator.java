package cn.gongzhuling.academy.bench.data;

import cn.gongzhuling.academy.learning.control.TallySql;
import cn.gongzhuling.academy.reporting.control.ImpactSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Fills a migrated database (H2 or PostgreSQL, over JDBC) with a deterministic city: the same
 * seed and scale give the same rows. Runs once per database: it refuses a database it already
 * filled (the {@value #MARKER} setting).
 *
 * <p>One {@link FeatureData} per feature, in dependency order: practical results (V4) after
 * {@link LearningData} (they need enrolments awaiting the practical and complete some), certificates
 * (V5) for the completed enrolments, field records (V6) after certificates (the certificate held at
 * the time of each record), xAPI statements (V7) for the records that came in by xAPI.
 */
public final class DataGenerator {

    public static final String MARKER = "bench.generated";
    private static final Logger LOG = Logger.getLogger(DataGenerator.class.getName());

    /** The features, in the order they are generated. Add new ones here. */
    public static List<FeatureData> features() {
        return List.of(new OrganizationData(), new AccountData(), new CatalogData(), new LearningData(),
                new PracticalData(), new CertificateData(), new FieldData(), new XapiData());
    }

    /** What was generated: rows per table and milliseconds per feature. */
    public record Report(Map<String, Long> rows, Map<String, Long> millis, long lastId) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private DataGenerator() {
    }

    public static Report generate(Connection connection, GeneratorSettings settings) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            if (alreadyGenerated(connection)) {
                throw new IllegalStateException("this database was already generated (" + MARKER + ")");
            }
            GenerationContext ctx = new GenerationContext(connection, settings);
            Map<String, Long> millis = new LinkedHashMap<>();
            for (FeatureData feature : features()) {
                long start = System.nanoTime();
                feature.generate(ctx);
                connection.commit();
                long ms = (System.nanoTime() - start) / 1_000_000;
                millis.put(feature.name(), ms);
                LOG.info(() -> "generated " + feature.name() + " in " + ms + " ms; rows so far " + ctx.counts());
            }
            restartSequences(connection, ctx.lastId() + 1000);
            try (Statement s = connection.createStatement()) { // the app keeps it current; JDBC writes go around it
                s.executeUpdate("DELETE FROM completion_tally");
                s.executeUpdate(TallySql.REBUILD);
            }
            long impact = System.nanoTime();
            buildImpactRollup(connection);
            LOG.info(() -> "Impact roll-up built in " + (System.nanoTime() - impact) / 1_000_000 + " ms.");
            try (PreparedStatement marker = connection.prepareStatement(
                    "INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)")) {
                marker.setString(1, MARKER);
                marker.setString(2, "seed=" + settings.seed() + " scale=" + settings.scale() + " anchor=" + settings.anchor());
                marker.executeUpdate();
            }
            connection.commit();
            return new Report(ctx.counts(), millis, ctx.lastId());
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The impact roll-up from scratch, with the statements of the app's nightly rebuild (no commit). */
    public static void buildImpactRollup(Connection connection) throws SQLException {
        boolean h2 = connection.getMetaData().getURL().startsWith("jdbc:h2:");
        try (Statement s = connection.createStatement()) {
            for (String sql : ImpactSql.rebuild(h2)) {
                s.executeUpdate(sql);
            }
        }
    }

    static boolean alreadyGenerated(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM app_setting WHERE setting_key = ?")) {
            s.setString(1, MARKER);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Every sequence continues above the generated ids, so the app's next ids never collide. */
    static void restartSequences(Connection connection, long above) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT sequence_name FROM information_schema.sequences "
                     + "WHERE lower(sequence_schema) = 'public' ORDER BY sequence_name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        long start = (above / 1000 + 1) * 1000;
        try (Statement s = connection.createStatement()) {
            for (String name : names) {
                if (name.matches("[A-Za-z0-9_]+")) {
                    s.execute("ALTER SEQUENCE " + name + " RESTART WITH " + start);
                }
            }
        }
    }
}
