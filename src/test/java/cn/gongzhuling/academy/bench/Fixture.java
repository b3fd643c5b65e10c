package cn.gongzhuling.academy.bench;

import cn.gongzhuling.academy.bench.data.AccountData;
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

    static final String ORGANIZER = "organizer";
    static final String DEMO_PASSWORD = "demo2026";

    final List<Trainee> trainees = new ArrayList<>();
    String cityPath;
    long streetId;
    String streetPath;
    String baseUrl;
    final List<WebSession> traineeSessions = new ArrayList<>();
    WebSession organizerSession;

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
        if (f.trainees.isEmpty() || f.cityPath == null || f.streetPath == null) {
            throw new IllegalStateException("the database lacks generated trainees, the demo organizer or street B01");
        }
        return f;
    }

    Trainee trainee(int i) {
        return trainees.get(Math.floorMod(i, trainees.size()));
    }

    WebSession traineeSession(int i) {
        return traineeSessions.get(Math.floorMod(i, traineeSessions.size()));
    }
}
