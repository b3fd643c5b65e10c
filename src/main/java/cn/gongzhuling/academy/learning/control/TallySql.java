package cn.gongzhuling.academy.learning.control;

/**
 * The statements of the completion tally (V14): enrolments counted per org unit, course, status and
 * due date, as the completion report counts them (first enrolments of active people, in their unit;
 * completed enrolments keep no due date since they are never overdue). Portable between H2
 * (MODE=LEGACY) and PostgreSQL; the generated benchmark data uses {@link #REBUILD} too.
 * {@code %s} in a statement is a list of unit ids (numbers joined by commas, never user text).
 */
public final class TallySql {

    private static final String DUE = "CASE WHEN e.status = 'COMPLETED' THEN NULL ELSE e.due_date END";

    private static final String COUNT = "INSERT INTO completion_tally (org_unit_id, course_id, status, due_date, "
            + "enrolments) SELECT p.org_unit_id, e.course_id, e.status, " + DUE + ", COUNT(*) "
            + "FROM enrolment e JOIN person p ON p.id = e.person_id WHERE p.active = TRUE AND e.refresher_cycle = 0";

    private static final String GROUP = " GROUP BY p.org_unit_id, e.course_id, e.status, " + DUE;

    /** Every unit's counts from scratch (after DELETE FROM completion_tally). */
    public static final String REBUILD = COUNT + GROUP;

    /** The counts of the listed units, every course. */
    public static final String COUNT_UNITS = COUNT + " AND p.org_unit_id IN (%s)" + GROUP;

    /** The counts of the listed units, one course (parameter 1). */
    public static final String COUNT_UNITS_COURSE = COUNT + " AND p.org_unit_id IN (%s) AND e.course_id = ?1" + GROUP;

    public static final String DELETE_UNITS = "DELETE FROM completion_tally WHERE org_unit_id IN (%s)";

    /** Parameter 1: the course. */
    public static final String DELETE_UNITS_COURSE = "DELETE FROM completion_tally WHERE org_unit_id IN (%s) "
            + "AND course_id = ?1";

    /**
     * Counts per unit path and status over a subtree, with how many are overdue: path, status, count,
     * overdue. Parameters: 1 the day (overdue: due before it), 2 the subtree's path prefix
     * ('/1000/1050/%'); a course filter ({@code AND t.course_id = ?3}) goes before {@link #BY_PATH_GROUP}.
     */
    public static final String BY_PATH = "SELECT u.path, t.status, SUM(t.enrolments), "
            + "SUM(CASE WHEN t.due_date < ?1 THEN t.enrolments ELSE 0 END) "
            + "FROM completion_tally t JOIN org_unit u ON u.id = t.org_unit_id WHERE u.path LIKE ?2";

    public static final String BY_PATH_GROUP = " GROUP BY u.path, t.status";

    private TallySql() {
    }
}
