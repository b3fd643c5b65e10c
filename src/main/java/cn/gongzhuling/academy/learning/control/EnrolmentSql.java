package cn.gongzhuling.academy.learning.control;

/**
 * The set-based enrolment statements, portable between H2 (MODE=LEGACY) and PostgreSQL. Booleans
 * are bound as parameters; ids come from enrolment_seq (increment 1) with nextval.
 * Parameter order is documented per statement; EnrolmentSqlTest runs them against H2.
 */
public final class EnrolmentSql {

    private EnrolmentSql() {
    }

    /** Matches a person p in unit u against assignment alias {@code a} with scope unit alias {@code s}. */
    private static String matches(String a, String s) {
        return "u.path LIKE CONCAT(" + s + ".path, '%') AND (" + a + ".positions = '' OR " + a
                + ".positions LIKE CONCAT('%,', p.position, ',%'))";
    }

    /**
     * Enrols everyone matching one new assignment. Parameters: 1 course id, 2 course version id,
     * 3 assignment id, 4 due date, 5 now, 6 true, 7 scope path prefix ('/1000/1050/%'), 8 course id.
     */
    public static final String ENROL_ASSIGNMENT =
            "INSERT INTO enrolment (id, person_id, course_id, course_version_id, assignment_id, due_date, status, "
            + "enrolled_at, version) "
            + "SELECT nextval('enrolment_seq'), p.id, ?1, ?2, ?3, ?4, 'NOT_STARTED', ?5, 1 "
            + "FROM person p JOIN org_unit u ON u.id = p.org_unit_id JOIN assignment a ON a.id = ?3 "
            + "WHERE p.active = ?6 AND u.path LIKE ?7 "
            + "AND (a.positions = '' OR a.positions LIKE CONCAT('%,', p.position, ',%')) "
            + "AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.person_id = p.id AND e.course_id = ?8)";

    /**
     * People who enrolled themselves before the assignment existed keep their enrolment (and
     * progress) but now carry the assignment and its due date. Parameters: 1 assignment id,
     * 2 due date, 3 course id, 4 true, 5 scope path prefix.
     */
    public static final String ATTACH_ASSIGNMENT =
            "UPDATE enrolment SET assignment_id = ?1, due_date = ?2, version = version + 1 "
            + "WHERE course_id = ?3 AND assignment_id IS NULL AND completed_at IS NULL AND person_id IN ("
            + "SELECT p.id FROM person p JOIN org_unit u ON u.id = p.org_unit_id JOIN assignment a ON a.id = ?1 "
            + "WHERE p.active = ?4 AND u.path LIKE ?5 "
            + "AND (a.positions = '' OR a.positions LIKE CONCAT('%,', p.position, ',%')))";

    /**
     * Enrols one person in every active assignment that matches them now and that they are not yet
     * enrolled in (they joined, moved or changed position after it was created). Where several
     * assignments of one course match, the oldest wins. Parameters: 1 now, 2 true, 3 person id,
     * 4 true, 5 true.
     */
    public static final String RECONCILE_PERSON =
            "INSERT INTO enrolment (id, person_id, course_id, course_version_id, assignment_id, due_date, status, "
            + "enrolled_at, version) "
            + "SELECT nextval('enrolment_seq'), p.id, a.course_id, c.current_version_id, a.id, a.due_date, "
            + "'NOT_STARTED', ?1, 1 "
            + "FROM person p JOIN org_unit u ON u.id = p.org_unit_id "
            + "JOIN assignment a ON a.active = ?2 "
            + "JOIN org_unit s ON s.id = a.scope_unit_id "
            + "JOIN course c ON c.id = a.course_id "
            + "WHERE p.id = ?3 AND p.active = ?4 AND c.current_version_id IS NOT NULL AND " + matches("a", "s")
            + " AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.person_id = p.id AND e.course_id = a.course_id)"
            + " AND NOT EXISTS (SELECT 1 FROM assignment a2 JOIN org_unit s2 ON s2.id = a2.scope_unit_id "
            + "WHERE a2.course_id = a.course_id AND a2.active = ?5 AND a2.id < a.id AND " + matches("a2", "s2") + ")";

    /** Marks a lesson done unless it already is. Parameters: 1 enrolment id, 2 lesson id, 3 now, 4 enrolment id, 5 lesson id. */
    public static final String COMPLETE_LESSON =
            "INSERT INTO lesson_progress (enrolment_id, lesson_id, completed_at) SELECT ?1, ?2, ?3 "
            + "WHERE NOT EXISTS (SELECT 1 FROM lesson_progress x WHERE x.enrolment_id = ?4 AND x.lesson_id = ?5)";
}
