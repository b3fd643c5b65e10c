package cn.gongzhuling.academy.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A JDBC batch insert that sends every {@value #SIZE} rows and commits every {@value #COMMIT_EVERY}. */
public final class Batch implements AutoCloseable {

    static final int SIZE = 1000;
    static final int COMMIT_EVERY = 20_000;

    private final Connection connection;
    private final PreparedStatement statement;
    private final GenerationContext context;
    private final String table;
    private Batch parent;
    private int pending;
    private long rows;

    Batch(GenerationContext context, String table, String sql) throws SQLException {
        this.context = context;
        this.connection = context.connection();
        this.table = table;
        this.statement = connection.prepareStatement(sql);
    }

    /** Rows of this batch refer to rows of {@code parent}: the parent's pending rows are sent first. */
    public Batch after(Batch parent) {
        this.parent = parent;
        return this;
    }

    /** Adds one row; values are bound in order (LocalDate/LocalDateTime become DATE/TIMESTAMP). */
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int index = i + 1;
            if (v == null) {
                statement.setNull(index, Types.NULL);
            } else if (v instanceof LocalDateTime t) {
                statement.setTimestamp(index, Timestamp.valueOf(t));
            } else if (v instanceof LocalDate d) {
                statement.setDate(index, java.sql.Date.valueOf(d));
            } else {
                statement.setObject(index, v);
            }
        }
        statement.addBatch();
        pending++;
        rows++;
        if (pending == SIZE) {
            flush();
        }
        if (rows % COMMIT_EVERY == 0) {
            connection.commit();
        }
    }

    private void flush() throws SQLException {
        if (parent != null) {
            parent.flush();
        }
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
            connection.commit();
        } finally {
            statement.close();
        }
        if (table != null) {
            context.counted(table, rows);
        }
    }
}
