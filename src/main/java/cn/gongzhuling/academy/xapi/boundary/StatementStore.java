package cn.gongzhuling.academy.xapi.boundary;

import cn.gongzhuling.academy.platform.boundary.DataSourceConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The statement table's write path in plain JDBC on the application's data source (so it joins the
 * caller's JTA transaction): one SELECT for all ids of a batch, one batched INSERT, one UPDATE for the
 * voided flags. Intake is the hot path of the LRS; JPA change tracking buys nothing for rows that are
 * never edited.
 */
@ApplicationScoped
public class StatementStore {

    static final int IN_CHUNK = 500;

    private static final String INSERT = "INSERT INTO xapi_statement (statement_id, seq, content_hash, actor_key, "
            + "verb_id, object_id, timestamp_at, stored_at, client_name, xapi_version, voids_id, voided, statement_json) "
            + "VALUES (?, nextval('xapi_statement_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)";

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    /** A statement already stored: its content hash and, for a voiding one, what it voids. */
    public record Existing(String contentHash, String voidsId) {
    }

    /** A row to insert; times are UTC. */
    public record Row(String id, String contentHash, String actorKey, String verbId, String objectId,
                      LocalDateTime timestamp, LocalDateTime stored, String client, String version,
                      String voidsId, String json) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Existing> existing(Collection<String> ids) {
        Map<String, Existing> found = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += IN_CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
                String sql = "SELECT statement_id, content_hash, voids_id FROM xapi_statement WHERE statement_id IN ("
                        + placeholders(chunk.size()) + ")";
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.put(rows.getString(1), new Existing(rows.getString(2), rows.getString(3)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading xAPI statement ids failed", e);
        }
        return found;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<Row> rows) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int pending = 0;
            for (Row row : rows) {
                insert.setString(1, row.id());
                insert.setString(2, row.contentHash());
                insert.setString(3, row.actorKey());
                insert.setString(4, row.verbId());
                setNullable(insert, 5, row.objectId());
                insert.setObject(6, row.timestamp());
                insert.setObject(7, row.stored());
                insert.setString(8, row.client());
                setNullable(insert, 9, row.version());
                setNullable(insert, 10, row.voidsId());
                insert.setString(11, row.json());
                insert.addBatch();
                if (++pending == IN_CHUNK) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing xAPI statements failed", e);
        }
    }

    /** Marks these statements voided, unless they are voiding statements themselves. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markVoided(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += IN_CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
                String sql = "UPDATE xapi_statement SET voided = TRUE WHERE voids_id IS NULL AND statement_id IN ("
                        + placeholders(chunk.size()) + ")";
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        update.setString(i + 1, chunk.get(i));
                    }
                    update.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("voiding xAPI statements failed", e);
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static String placeholders(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }
}
