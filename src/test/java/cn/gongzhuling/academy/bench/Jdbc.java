package cn.gongzhuling.academy.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the app's native statements (EclipseLink-style ?n parameters) through plain JDBC. */
public final class Jdbc {

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    private Jdbc() {
    }

    /** A prepared statement for {@code sql} with its ?n parameters bound from {@code params[n-1]}. */
    public static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        Matcher m = NUMBERED.matcher(sql);
        List<Integer> order = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        PreparedStatement ps = connection.prepareStatement(jdbc.toString());
        for (int i = 0; i < order.size(); i++) {
            Object value = params[order.get(i) - 1];
            ps.setObject(i + 1, value instanceof LocalDateTime t ? Timestamp.valueOf(t) : value);
        }
        return ps;
    }

    public static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(connection, sql, params)) {
            return ps.executeUpdate();
        }
    }
}
