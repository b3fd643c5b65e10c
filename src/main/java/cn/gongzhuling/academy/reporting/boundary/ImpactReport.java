package cn.gongzhuling.academy.reporting.boundary;

import static cn.gongzhuling.academy.platform.control.QueryValues.date;
import static cn.gongzhuling.academy.platform.control.QueryValues.number;

import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.reporting.control.ImpactFigures;
import cn.gongzhuling.academy.reporting.control.MonthRange;
import cn.gongzhuling.academy.reporting.control.Phase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training impact: field outcomes per cadre-month before and after a cadre's first certification
 * for a skill, and certified against not-yet-certified cadres over the same months. Two SQL
 * queries over the subtree (the cadres with their first certification; the record sums per cadre,
 * month and days-to-resolve, one pass over the records); each row is put into its phase here and the
 * rest is arithmetic in {@link ImpactFigures}.
 * Cadres are the active people of the subtree in field positions (trainers and training officers
 * record no field work); their records are those made in the subtree's grids.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ImpactReport {

    /** The subtree's cadres: ?1 the subtree's path prefix. */
    private static final String CADRES = "select p.id from person p join org_unit u on u.id = p.org_unit_id"
            + " where p.active = true and u.path like ?1 and p.position not in ('TRAINER', 'TRAINING_OFFICER')";
    /**
     * The first certification for the skill (?1) of each person of the subtree (?2) who has one. The
     * course condition is implied by the version condition; it is there so the database starts from
     * the certificates of the skill's courses (index on course_id) instead of every certificate of
     * every person of the subtree (3.7 s instead of 9.9 s on the generated city under load).
     */
    private static final String FIRST_CERTIFIED = "select c.person_id, min(c.issued_on) from certificate c"
            + " join person p on p.id = c.person_id join org_unit u on u.id = p.org_unit_id"
            + " where c.course_id in (select v.course_id from course_version v"
            + " join course_version_skill vs on vs.course_version_id = v.id join skill s on s.id = vs.skill_id"
            + " where s.code = ?1)"
            + " and c.course_version_id in (select vs.course_version_id from course_version_skill vs"
            + " join skill s on s.id = vs.skill_id where s.code = ?1)"
            + " and c.revoked_at is null and u.path like ?2 group by c.person_id";
    private static final String RECORD_MONTH = "(extract(year from r.occurred_at) * 12 + extract(month from r.occurred_at) - 1)";
    /** The subtree's field records of its cadres in the period: ?1 subtree, ?2 and ?3 the period's start and end. */
    private static final String CADRE_RECORDS = " from field_record r join person p on p.id = r.person_id"
            + " join org_unit u on u.id = p.org_unit_id"
            + " where r.grid_path like ?1 and r.occurred_at >= ?2 and r.occurred_at < ?3 and p.active = true"
            + " and u.path like ?1 and p.position not in ('TRAINER', 'TRAINING_OFFICER')";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    AppConfig config;

    /** The figures for a unit in the caller's scope (NotInScopeException otherwise). */
    public ImpactResult forUnit(Long unitId, String skillCode, MonthRange range) {
        OrgUnit unit = unitId == null ? units.roots().stream().findFirst()
                .orElseThrow(cn.gongzhuling.academy.security.boundary.NotInScopeException::new) : units.find(unitId);
        ImpactFigures figures = new ImpactFigures(range);
        String subtree = unit.getPath() + "%";
        // each cadre's first certification, once, by a plain GROUP BY (not a derived table joined to
        // the people: H2 runs that per person); records are then summed per cadre and month in the
        // database and put into their phase here
        Map<Long, YearMonth> certified = new HashMap<>();
        for (Object[] r : rows(bind(em.createNativeQuery(FIRST_CERTIFIED), skillCode, subtree))) {
            certified.put(number(r[0]), YearMonth.from(date(r[1])));
        }
        Map<Long, YearMonth> firstOf = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery(CADRES).setParameter(1, subtree))) {
            YearMonth first = certified.get(number(r[0]));
            figures.addCadre(first);
            firstOf.put(number(r[0]), first);
        }
        // one pass over the records: sums per cadre, month and days-to-resolve (null for every record
        // that is not a resolved problem with both dates, so most cadre-months are one row)
        String days = daysBetween("r.started_on", "r.closed_on");
        String resolvedDays = "case when r.kind = 'PROBLEM_FOUND' and r.problem_status = 'RESOLVED'"
                + " and r.started_on is not null and r.closed_on is not null then " + days + " end";
        String perCadreMonth = "select r.person_id, " + RECORD_MONTH + ", " + resolvedDays + ","
                + " sum(case when r.kind = 'HOUSEHOLD_VISIT' then 1 else 0 end),"
                + " sum(case when r.kind = 'PROBLEM_FOUND' then 1 else 0 end),"
                + " sum(case when r.kind = 'PROBLEM_FOUND' and r.problem_status = 'RESOLVED' then 1 else 0 end),"
                + " sum(case when r.kind = 'DISPUTE_MEDIATED' and r.agreement_reached = true then 1 else 0 end),"
                + " sum(case when r.kind = 'FIRST_AID_TAUGHT' then coalesce(r.residents_count, 0) else 0 end)"
                + CADRE_RECORDS + " group by r.person_id, " + RECORD_MONTH + ", " + resolvedDays;
        Map<String, long[]> sums = new HashMap<>();
        Map<String, Long> resolved = new HashMap<>();
        for (Object[] r : rows(bindRecords(em.createNativeQuery(perCadreMonth), subtree, range))) {
            String key = key(firstOf, figures, r);
            long[] to = sums.computeIfAbsent(key, k -> new long[5]);
            for (int i = 0; i < 5; i++) {
                to[i] += number(r[3 + i]);
            }
            if (r[2] != null) { // the group's records are all resolved problems taking that many days
                resolved.merge(key + "|" + number(r[2]), number(r[5]), Long::sum);
            }
        }
        sums.forEach((k, v) -> figures.addRecords(Phase.valueOf(k.substring(2)), k.charAt(0) == '1', v[0], v[1], v[2],
                v[3], v[4]));
        resolved.forEach((k, n) -> {
            int bar = k.lastIndexOf('|');
            figures.addResolved(Phase.valueOf(k.substring(2, bar)), k.charAt(0) == '1',
                    Integer.parseInt(k.substring(bar + 1)), n);
        });
        return new ImpactResult(unit, skillCode, figures);
    }

    /** Whole days between two DATE columns: H2 has DATEDIFF, PostgreSQL subtracts dates. */
    private String daysBetween(String from, String to) {
        return config.dbUrl().startsWith("jdbc:h2:") ? "datediff('DAY', " + from + ", " + to + ")"
                : "(" + to + " - " + from + ")";
    }

    private static Query bind(Query q, String skill, String subtree) {
        return q.setParameter(1, skill).setParameter(2, subtree);
    }

    private static Query bindRecords(Query q, String subtree, MonthRange range) {
        return q.setParameter(1, subtree).setParameter(2, Timestamp.valueOf(range.firstDay().atStartOfDay()))
                .setParameter(3, Timestamp.valueOf(range.endExclusive().atStartOfDay()));
    }

    /** "1|AFTER": whether the row's cadre was first certified in the period, and the phase of the row's month. */
    private static String key(Map<Long, YearMonth> firstOf, ImpactFigures figures, Object[] row) {
        YearMonth first = firstOf.get(number(row[0]));
        int month = (int) number(row[1]);
        Phase phase = Phase.of(month, first == null ? null : first.getYear() * 12 + first.getMonthValue() - 1);
        return (figures.isInPeriod(first) ? "1|" : "0|") + phase.name();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return ((List<Object>) q.getResultList()).stream().map(ImpactReport::row).toList();
    }

    private static Object[] row(Object o) {
        return o instanceof Object[] a ? a : new Object[] {o};
    }
}
