package cn.gongzhuling.academy.reporting.boundary;

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
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Training impact: field outcomes per cadre-month before and after a cadre's first certification
 * for a skill, and certified against not-yet-certified cadres over the same months. Three SQL
 * queries over the subtree (the cadres with their first certification, the record sums by phase,
 * the days-to-resolve distribution by phase); the rest is arithmetic in {@link ImpactFigures}.
 * Cadres are the active people of the subtree in field positions (trainers and training officers
 * record no field work); their records are those made in the subtree's grids.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ImpactReport {

    private static final String FIRST_CERTIFIED = "(select c.person_id as pid, min(c.issued_on) as first_on"
            + " from certificate c join course_version_skill vs on vs.course_version_id = c.course_version_id"
            + " join skill s on s.id = vs.skill_id where s.code = ?1 and c.revoked_at is null group by c.person_id)";
    private static final String CADRES = " from person p join org_unit u on u.id = p.org_unit_id"
            + " left join " + FIRST_CERTIFIED + " fc on fc.pid = p.id"
            + " where p.active = true and u.path like ?2 and p.position not in ('TRAINER', 'TRAINING_OFFICER')";
    private static final String RECORD_MONTH = "(extract(year from r.occurred_at) * 12 + extract(month from r.occurred_at) - 1)";
    private static final String FIRST_MONTH = "(extract(year from fc.first_on) * 12 + extract(month from fc.first_on) - 1)";
    private static final String PHASE = "case when fc.first_on is null then 'NEVER' when " + RECORD_MONTH + " < "
            + FIRST_MONTH + " then 'BEFORE' when " + RECORD_MONTH + " = " + FIRST_MONTH
            + " then 'TRANSITION' else 'AFTER' end";
    private static final String IN_PERIOD = "case when fc.first_on >= ?3 and fc.first_on < ?4 then 1 else 0 end";
    private static final String RECORDS = " from field_record r join person p on p.id = r.person_id"
            + " join org_unit u on u.id = p.org_unit_id left join " + FIRST_CERTIFIED + " fc on fc.pid = p.id"
            + " where r.grid_path like ?2 and r.occurred_at >= ?5 and r.occurred_at < ?6 and p.active = true"
            + " and u.path like ?2 and p.position not in ('TRAINER', 'TRAINING_OFFICER')";

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
        for (Object[] r : rows(bind(em.createNativeQuery("select fc.first_on, p.id" + CADRES), skillCode, subtree,
                range))) {
            figures.addCadre(r[0] == null ? null : YearMonth.from(date(r[0])));
        }
        String sums = "select phase, inp, sum(v), sum(f), sum(s), sum(m), sum(t) from (select " + PHASE + " as phase, "
                + IN_PERIOD + " as inp,"
                + " case when r.kind = 'HOUSEHOLD_VISIT' then 1 else 0 end as v,"
                + " case when r.kind = 'PROBLEM_FOUND' then 1 else 0 end as f,"
                + " case when r.kind = 'PROBLEM_FOUND' and r.problem_status = 'RESOLVED' then 1 else 0 end as s,"
                + " case when r.kind = 'DISPUTE_MEDIATED' and r.agreement_reached = true then 1 else 0 end as m,"
                + " case when r.kind = 'FIRST_AID_TAUGHT' then coalesce(r.residents_count, 0) else 0 end as t"
                + RECORDS + ") x group by phase, inp";
        for (Object[] r : rows(bind(em.createNativeQuery(sums), skillCode, subtree, range))) {
            figures.addRecords(Phase.valueOf(r[0].toString().trim()), number(r[1]) == 1, number(r[2]), number(r[3]),
                    number(r[4]), number(r[5]), number(r[6]));
        }
        String days = "select phase, inp, days, count(*) from (select " + PHASE + " as phase, " + IN_PERIOD
                + " as inp, " + daysBetween("r.started_on", "r.closed_on") + " as days" + RECORDS
                + " and r.kind = 'PROBLEM_FOUND' and r.problem_status = 'RESOLVED' and r.started_on is not null"
                + " and r.closed_on is not null) x group by phase, inp, days";
        for (Object[] r : rows(bind(em.createNativeQuery(days), skillCode, subtree, range))) {
            figures.addResolved(Phase.valueOf(r[0].toString().trim()), number(r[1]) == 1, (int) number(r[2]),
                    number(r[3]));
        }
        return new ImpactResult(unit, skillCode, figures);
    }

    /** Whole days between two DATE columns: H2 has DATEDIFF, PostgreSQL subtracts dates. */
    private String daysBetween(String from, String to) {
        return config.dbUrl().startsWith("jdbc:h2:") ? "datediff('DAY', " + from + ", " + to + ")"
                : "(" + to + " - " + from + ")";
    }

    private static Query bind(Query q, String skill, String subtree, MonthRange range) {
        return q.setParameter(1, skill).setParameter(2, subtree)
                .setParameter(3, Date.valueOf(range.firstDay())).setParameter(4, Date.valueOf(range.endExclusive()))
                .setParameter(5, Timestamp.valueOf(range.firstDay().atStartOfDay()))
                .setParameter(6, Timestamp.valueOf(range.endExclusive().atStartOfDay()));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return ((List<Object>) q.getResultList()).stream().map(ImpactReport::row).toList();
    }

    private static Object[] row(Object o) {
        return o instanceof Object[] a ? a : new Object[] {o};
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
