package cn.gongzhuling.academy.bench;

import cn.gongzhuling.academy.bench.data.AccountData;
import cn.gongzhuling.academy.bench.data.GenerationContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who and what the scenarios use, read from the generated database before the app starts: a
 * sample of trainee logins with their person ids, the city organizer's scope, a generated street.
 * The logged-in sessions are added once the app runs.
 */
final class Fixture {

    record Trainee(String username, long personId) {
    }

    /** A grid worker who sends field work by xAPI: staff number, person, own grid. */
    record FieldCadre(String staffNo, long personId, long gridId, String gridCode, String gridPath) {
    }

    static final String ORGANIZER = "organizer";
    static final String DEMO_PASSWORD = "demo2026";

    final List<Trainee> trainees = new ArrayList<>();
    String cityPath;
    long streetId;
    String streetPath;
    String baseUrl;
    final List<WebSession> traineeSessions = new ArrayList<>();
    WebSession organizerSession;
    WebSession instructorSession;
    /** HTTP clients of the integration (no login: HTTP Basic per request). */
    final List<WebSession> xapiSessions = new ArrayList<>();
    /** Verification codes of generated certificates, spread over the table (some revoked or expired). */
    final List<String> codes = new ArrayList<>();
    final List<FieldCadre> fieldCadres = new ArrayList<>();

    static Fixture read(Connection db, int trainees) throws SQLException {
        Fixture f = new Fixture();
        try (PreparedStatement s = db.prepareStatement("SELECT a.username, a.person_id FROM account a "
                + "WHERE a.username LIKE ? AND a.person_id IS NOT NULL ORDER BY a.username")) {
            s.setString(1, AccountData.TRAINEE_PREFIX + "%");
            s.setMaxRows(trainees);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    f.trainees.add(new Trainee(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        try (PreparedStatement s = db.prepareStatement("SELECT u.path FROM role_grant g JOIN account a ON a.id = g.account_id "
                + "JOIN org_unit u ON u.id = g.scope_unit_id WHERE a.username = ? AND g.role = 'ORGANIZER'")) {
            s.setString(1, ORGANIZER);
            try (ResultSet rs = s.executeQuery()) {
                f.cityPath = rs.next() ? rs.getString(1) : null;
            }
        }
        try (PreparedStatement s = db.prepareStatement("SELECT u.id, u.path FROM org_unit u WHERE u.code = 'B01'")) {
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    f.streetId = rs.getLong(1);
                    f.streetPath = rs.getString(2);
                }
            }
        }
        try (PreparedStatement s = db.prepareStatement("SELECT verification_code FROM certificate "
                + "WHERE MOD(id, 37) = 0 AND id >= ? ORDER BY id")) {
            s.setLong(1, GenerationContext.FIRST_ID);
            s.setMaxRows(500);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    f.codes.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement s = db.prepareStatement("SELECT p.staff_no, p.id, u.id, u.code, u.path FROM person p "
                + "JOIN org_unit u ON u.id = p.org_unit_id WHERE p.active = TRUE AND u.level = 'GRID' AND p.id >= ? "
                + "AND MOD(p.id, 7) = 0 ORDER BY p.id")) {
            s.setLong(1, GenerationContext.FIRST_ID);
            s.setMaxRows(200);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    f.fieldCadres.add(new FieldCadre(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        if (f.trainees.isEmpty() || f.cityPath == null || f.streetPath == null || f.codes.isEmpty()
                || f.fieldCadres.isEmpty()) {
            throw new IllegalStateException("the database lacks generated trainees, certificates, grid workers, "
                    + "the demo organizer or street B01");
        }
        return f;
    }

    Trainee trainee(int i) {
        return trainees.get(Math.floorMod(i, trainees.size()));
    }

    String code(int i) {
        return codes.get(Math.floorMod(i * 7919, codes.size()));
    }

    FieldCadre fieldCadre(int i) {
        return fieldCadres.get(Math.floorMod(i, fieldCadres.size()));
    }

    WebSession xapiSession(int i) {
        return xapiSessions.get(Math.floorMod(i, xapiSessions.size()));
    }

    WebSession traineeSession(int i) {
        return traineeSessions.get(Math.floorMod(i, traineeSessions.size()));
    }
}
