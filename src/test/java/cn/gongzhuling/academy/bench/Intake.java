package cn.gongzhuling.academy.bench;

import cn.gongzhuling.academy.bench.Fixture.FieldCadre;
import cn.gongzhuling.academy.bench.data.XapiData;
import cn.gongzhuling.academy.xapi.control.Canonical;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The xAPI intake scenario: a batch of household visits by generated grid workers in their own
 * grids, POSTed as an integration client would ({@link XapiData#CLIENT}); each becomes a stored
 * statement and a field record with its skill fact. The bound writes the same rows (statement,
 * field record, skill fact) with one raw JDBC batch per table in one transaction.
 */
final class Intake {

    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(
            (XapiData.CLIENT + ":" + XapiData.SECRET).getBytes(StandardCharsets.UTF_8));
    /**
     * Field record ids of the bound's rows: far above anything the app or the generator hands out, and
     * above the rows an earlier run's bound left in a reused database (read on first use).
     */
    private static final AtomicLong RAW_IDS = new AtomicLong(-1);
    private static final long RAW_IDS_FROM = 4_000_000_000L;

    /** Statement ids this run sent or inserted: removed again at the end ({@link #removeWritten}). */
    private static final java.util.Queue<String> WRITTEN = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private Intake() {
    }

    /**
     * Deletes the statements, field records and skill facts the intake scenarios and their bound
     * wrote in this run, so that a reused database is the generated one again and the next run's
     * reports read the same rows. Returns how many statements were removed.
     */
    static int removeWritten(Connection db) throws SQLException {
        List<String> ids = new ArrayList<>(WRITTEN);
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        int removed = 0;
        try {
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                List<String> externalIds = chunk.stream().map(id -> "xapi:" + id).toList();
                delete(db, "DELETE FROM field_record_skill WHERE record_id IN (SELECT id FROM field_record "
                        + "WHERE external_id IN (" + marks + "))", externalIds);
                delete(db, "DELETE FROM field_record WHERE external_id IN (" + marks + ")", externalIds);
                removed += delete(db, "DELETE FROM xapi_statement WHERE statement_id IN (" + marks + ")", chunk);
                db.commit();
            }
            WRITTEN.clear();
            return removed;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static int delete(Connection db, String sql, List<String> values) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                s.setString(i + 1, values.get(i));
            }
            return s.executeUpdate();
        }
    }

    private record Visit(String id, FieldCadre cadre, LocalDateTime at, JsonObject json) {
    }

    private static List<Visit> visits(Fixture f, int i, int size) {
        List<Visit> visits = new ArrayList<>(size);
        LocalDateTime now = ReportSql.now().withNano(0);
        for (int k = 0; k < size; k++) {
            String id = UUID.randomUUID().toString();
            WRITTEN.add(id);
            FieldCadre cadre = f.fieldCadre(i * size + k);
            LocalDateTime at = now.minusMinutes(10 + k);
            visits.add(new Visit(id, cadre, at, XapiData.statement(id, cadre.staffNo(), cadre.gridCode(), at)));
        }
        return visits;
    }

    static void post(Fixture f, int i, int size) throws Exception {
        JsonArrayBuilder batch = Json.createArrayBuilder();
        for (Visit v : visits(f, i, size)) {
            batch.add(v.json());
        }
        String answer = f.xapiSession(i).postJson("/xapi/statements", batch.build().toString(), 200,
                "Authorization", AUTH, "X-Experience-API-Version", "1.0.3");
        if (!answer.startsWith("[")) {
            throw new IllegalStateException("unexpected answer " + answer);
        }
    }

    private static synchronized void startRawIds(Connection db) throws SQLException {
        if (RAW_IDS.get() >= 0) {
            return;
        }
        try (java.sql.Statement s = db.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT MAX(id) FROM field_record")) {
            rs.next();
            RAW_IDS.set(Math.max(RAW_IDS_FROM, rs.getLong(1)));
        }
    }

    static void insert(Connection db, Fixture f, int i, int size) throws SQLException {
        if (RAW_IDS.get() < 0) {
            startRawIds(db);
        }
        List<Visit> visits = visits(f, i, size);
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement statements = db.prepareStatement("INSERT INTO xapi_statement (statement_id, seq, "
                + "content_hash, actor_key, verb_id, object_id, timestamp_at, stored_at, client_name, xapi_version, "
                + "voids_id, voided, statement_json) VALUES (?, nextval('xapi_statement_seq'), ?, ?, ?, ?, ?, ?, ?, ?, "
                + "NULL, FALSE, ?)");
             PreparedStatement records = db.prepareStatement("INSERT INTO field_record (id, kind, person_id, grid_id, "
                     + "grid_path, occurred_at, external_id, source, recorded_at, recorded_by, version) "
                     + "VALUES (?, 'HOUSEHOLD_VISIT', ?, ?, ?, ?, ?, 'XAPI', ?, ?, 0)");
             PreparedStatement skills = db.prepareStatement("INSERT INTO field_record_skill (record_id, skill_code, "
                     + "certified) VALUES (?, 'ACTIVE_GOVERNANCE', FALSE)")) {
            Timestamp stored = Timestamp.valueOf(ReportSql.now().minusHours(8));
            for (Visit v : visits) {
                statements.setString(1, v.id());
                statements.setString(2, Canonical.hash(v.json()));
                statements.setString(3, "account:" + XapiData.HOME_PAGE + "|" + v.cadre().staffNo());
                statements.setString(4, XapiData.VISIT_VERB);
                statements.setString(5, "https://gongzhuling.cn/academy/activities/household-visit/"
                        + v.cadre().gridCode());
                statements.setTimestamp(6, Timestamp.valueOf(v.at().minusHours(8)));
                statements.setTimestamp(7, stored);
                statements.setString(8, XapiData.CLIENT);
                statements.setString(9, "1.0.3");
                statements.setString(10, v.json().toString());
                statements.addBatch();
                long id = RAW_IDS.incrementAndGet();
                records.setLong(1, id);
                records.setLong(2, v.cadre().personId());
                records.setLong(3, v.cadre().gridId());
                records.setString(4, v.cadre().gridPath());
                records.setTimestamp(5, Timestamp.valueOf(v.at()));
                records.setString(6, "xapi:" + v.id());
                records.setTimestamp(7, Timestamp.valueOf(ReportSql.now()));
                records.setString(8, XapiData.CLIENT);
                records.addBatch();
                skills.setLong(1, id);
                skills.addBatch();
            }
            statements.executeBatch();
            records.executeBatch();
            skills.executeBatch();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }
}
