package cn.gongzhuling.academy.platform.control;

import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Columns of native queries and of aggregates (max, coalesce, sum) as Java values. EclipseLink
 * hands those back as JDBC types (java.sql.Date, java.sql.Timestamp, Long or BigDecimal) rather than
 * the java.time types of the entities.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    public static LocalDateTime dateTime(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    /** A count or sum; 0 for null (a SUM over no rows). */
    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The rows of a native query, each as an array also when the query selects one column. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(Query query) {
        return ((List<Object>) query.getResultList()).stream().map(o -> o instanceof Object[] a ? a : new Object[] {o})
                .toList();
    }

    /** Binds positional parameters ?1, ?2, ... in order. */
    public static Query bind(Query query, Object... values) {
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query;
    }

    /** The first column of a native query's rows as longs. */
    public static List<Long> longs(Query query) {
        return rows(query).stream().map(r -> number(r[0])).toList();
    }
}
