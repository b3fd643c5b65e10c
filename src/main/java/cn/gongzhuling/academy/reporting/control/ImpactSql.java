package cn.gongzhuling.academy.reporting.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of the impact roll-up (V16): what counts as a cadre, a cadre's first certification
 * month per skill, and their field records summed per grid and month, exactly as the impact report
 * counted them from the raw tables; and the set-based rebuild of every row from scratch, which the
 * generated benchmark data uses too. Portable between H2 (MODE=LEGACY) and PostgreSQL except for
 * the whole days between two dates, hence {@link #daysBetween}.
 */
public final class ImpactSql {

    /** Positions that record no field work. */
    public static final String CADRE = "p.active = TRUE AND p.position NOT IN ('TRAINER', 'TRAINING_OFFICER')";

    /** The month index (year * 12 + month - 1) of a date or timestamp expression. */
    public static String monthOf(String column) {
        return "(EXTRACT(YEAR FROM " + column + ") * 12 + EXTRACT(MONTH FROM " + column + ") - 1)";
    }

    /** Whole days between two DATE columns: H2 has DATEDIFF, PostgreSQL subtracts dates. */
    public static String daysBetween(boolean h2, String from, String to) {
        return h2 ? "DATEDIFF('DAY', " + from + ", " + to + ")" : "(" + to + " - " + from + ")";
    }

    private static final String MONTH = monthOf("r.occurred_at");

    /** Records summed: visits, problems found, problems resolved, mediations with agreement, residents taught. */
    private static final String SUMS = "SUM(CASE WHEN r.kind = 'HOUSEHOLD_VISIT' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN r.kind = 'PROBLEM_FOUND' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN r.kind = 'PROBLEM_FOUND' AND r.problem_status = 'RESOLVED' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN r.kind = 'DISPUTE_MEDIATED' AND r.agreement_reached = TRUE THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN r.kind = 'FIRST_AID_TAUGHT' THEN COALESCE(r.residents_count, 0) ELSE 0 END)";

    private static final String RESOLVED_WITH_DATES = "r.kind = 'PROBLEM_FOUND' AND r.problem_status = 'RESOLVED'"
            + " AND r.started_on IS NOT NULL AND r.closed_on IS NOT NULL";

    /** One person as counted: unit id, or no row when not a cadre. Parameter 1: the person. */
    public static final String PERSON = "SELECT p.org_unit_id FROM person p WHERE p.id = ?1 AND " + CADRE;

    /** The first certification month per skill id of one person (parameter 1). */
    public static final String PERSON_FIRST_MONTHS = "SELECT vs.skill_id, MIN(" + monthOf("c.issued_on") + ")"
            + " FROM certificate c JOIN course_version_skill vs ON vs.course_version_id = c.course_version_id"
            + " WHERE c.person_id = ?1 AND c.revoked_at IS NULL GROUP BY vs.skill_id";

    /** One person's records per grid and month: grid, month, the five sums. Parameter 1: the person. */
    public static final String PERSON_MONTHS = "SELECT r.grid_id, " + MONTH + ", " + SUMS
            + " FROM field_record r WHERE r.person_id = ?1 GROUP BY r.grid_id, " + MONTH;

    /** One person's resolved problems per grid, month and days taken. Parameter 1: the person. */
    public static String personDays(boolean h2) {
        String days = daysBetween(h2, "r.started_on", "r.closed_on");
        return "SELECT r.grid_id, " + MONTH + ", " + days + ", COUNT(*) FROM field_record r WHERE r.person_id = ?1"
                + " AND " + RESOLVED_WITH_DATES + " GROUP BY r.grid_id, " + MONTH + ", " + days;
    }

    /** The ancestor levels the rebuild climbs (city, street, community, grid need 3). */
    private static final int MAX_DEPTH = 8;

    private static final String[] TABLES = {"impact_node_cadres", "impact_node_days", "impact_node", "impact_cadre_days",
        "impact_cadre_month", "impact_cadre_skill", "impact_cadre", "impact_unit_ancestor", "impact_dirty"};

    /** Pairs of a unit's ancestor and the first certification month of a cadre, for every skill. */
    private static final String PER_SKILL = " CROSS JOIN skill s LEFT JOIN impact_cadre_skill cs"
            + " ON cs.person_id = k.person_id AND cs.skill_id = s.id";

    /** Records count in every unit that holds both their grid and their cadre. */
    private static final String BOTH_IN = " JOIN impact_cadre k ON k.person_id = x.person_id"
            + " JOIN impact_unit_ancestor pa ON pa.unit_id = k.unit_id"
            + " JOIN impact_unit_ancestor ga ON ga.unit_id = x.grid_id AND ga.ancestor_id = pa.ancestor_id" + PER_SKILL;

    /**
     * Every row of the roll-up from scratch, in order, ending with the note that it was built (when);
     * the caller holds the 'impact-rollup' lock.
     */
    public static List<String> rebuild(boolean h2) {
        List<String> sql = new ArrayList<>();
        for (String table : TABLES) {
            sql.add("DELETE FROM " + table);
        }
        sql.add("INSERT INTO impact_unit_ancestor (unit_id, ancestor_id) SELECT id, id FROM org_unit");
        for (int level = 0; level < MAX_DEPTH; level++) {
            sql.add("INSERT INTO impact_unit_ancestor (unit_id, ancestor_id) SELECT a.unit_id, u.parent_id"
                    + " FROM impact_unit_ancestor a JOIN org_unit u ON u.id = a.ancestor_id WHERE u.parent_id IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM impact_unit_ancestor b WHERE b.unit_id = a.unit_id"
                    + " AND b.ancestor_id = u.parent_id)");
        }
        sql.add("INSERT INTO impact_cadre (person_id, unit_id) SELECT p.id, p.org_unit_id FROM person p WHERE " + CADRE);
        sql.add("INSERT INTO impact_cadre_skill (person_id, skill_id, first_month) SELECT c.person_id, vs.skill_id, MIN("
                + monthOf("c.issued_on") + ") FROM certificate c JOIN course_version_skill vs"
                + " ON vs.course_version_id = c.course_version_id JOIN impact_cadre k ON k.person_id = c.person_id"
                + " WHERE c.revoked_at IS NULL GROUP BY c.person_id, vs.skill_id");
        sql.add("INSERT INTO impact_cadre_month (person_id, grid_id, month_index, visits, found, resolved, mediations, residents)"
                + " SELECT r.person_id, r.grid_id, " + MONTH + ", " + SUMS
                + " FROM field_record r JOIN impact_cadre k ON k.person_id = r.person_id GROUP BY r.person_id, r.grid_id, "
                + MONTH);
        String days = daysBetween(h2, "r.started_on", "r.closed_on");
        sql.add("INSERT INTO impact_cadre_days (person_id, grid_id, month_index, days, problems) SELECT r.person_id, r.grid_id, "
                + MONTH + ", " + days + ", COUNT(*) FROM field_record r JOIN impact_cadre k ON k.person_id = r.person_id"
                + " WHERE " + RESOLVED_WITH_DATES + " GROUP BY r.person_id, r.grid_id, " + MONTH + ", " + days);
        String first = "COALESCE(cs.first_month, -1)";
        sql.add("INSERT INTO impact_node (unit_id, skill_id, month_index, first_month, visits, found, resolved, mediations,"
                + " residents) SELECT ga.ancestor_id, s.id, x.month_index, " + first + ", SUM(x.visits), SUM(x.found),"
                + " SUM(x.resolved), SUM(x.mediations), SUM(x.residents) FROM impact_cadre_month x" + BOTH_IN
                + " GROUP BY ga.ancestor_id, s.id, x.month_index, " + first);
        sql.add("INSERT INTO impact_node_days (unit_id, skill_id, month_index, first_month, days, problems)"
                + " SELECT ga.ancestor_id, s.id, x.month_index, " + first + ", x.days, SUM(x.problems) FROM impact_cadre_days x"
                + BOTH_IN + " GROUP BY ga.ancestor_id, s.id, x.month_index, " + first + ", x.days");
        sql.add("INSERT INTO impact_node_cadres (unit_id, skill_id, first_month, cadres) SELECT pa.ancestor_id, s.id, "
                + first + ", COUNT(*) FROM impact_cadre k JOIN impact_unit_ancestor pa ON pa.unit_id = k.unit_id"
                + PER_SKILL + " GROUP BY pa.ancestor_id, s.id, " + first);
        sql.add("DELETE FROM app_setting WHERE setting_key = '" + BUILT_KEY + "'");
        sql.add("INSERT INTO app_setting (setting_key, setting_value) VALUES ('" + BUILT_KEY + "',"
                + " CAST(CURRENT_TIMESTAMP AS VARCHAR(40)))");
        return sql;
    }

    /** The app_setting key that says the roll-up was built (its value: when); missing means build it. */
    public static final String BUILT_KEY = "impact.rollup.built";

    private ImpactSql() {
    }
}
