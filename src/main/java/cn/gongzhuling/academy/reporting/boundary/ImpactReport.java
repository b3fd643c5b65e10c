package cn.gongzhuling.academy.reporting.boundary;

import static cn.gongzhuling.academy.platform.control.QueryValues.number;

import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.control.QueryValues;
import cn.gongzhuling.academy.reporting.control.CadreCounts;
import cn.gongzhuling.academy.reporting.control.ImpactFigures;
import cn.gongzhuling.academy.reporting.control.MonthRange;
import cn.gongzhuling.academy.reporting.control.Phase;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;

/**
 * Training impact: field outcomes per cadre-month before and after a cadre's first certification
 * for a skill, and certified against not-yet-certified cadres over the same months. Read from the
 * impact roll-up ({@link ImpactRollup}): for the unit and skill, the cadres and the record sums of
 * each month of the period per month of first certification, a few hundred rows for a city's year
 * however many cadres and records it has. Each row is put into its phase here; the rest is arithmetic
 * in {@link ImpactFigures}.
 * Cadres are the active people of the subtree in field positions (trainers and training officers
 * record no field work); their records are those made in the subtree's grids.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ImpactReport {

    private static final String WHERE = " WHERE unit_id = ?1 AND skill_id = (SELECT id FROM skill WHERE code = ?2)";
    private static final String IN_PERIOD = " AND month_index >= ?3 AND month_index <= ?4";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    ImpactRollup rollup;

    /** The figures for a unit in the caller's scope (NotInScopeException otherwise); null: the caller's first root. */
    public ImpactResult forUnit(Long unitId, String skillCode, MonthRange range) {
        OrgUnit unit = unitId == null ? units.roots().stream().findFirst().orElseThrow(NotInScopeException::new)
                : units.find(unitId);
        ImpactFigures figures = new ImpactFigures(range);
        for (Object[] r : rows(em.createNativeQuery("SELECT first_month, cadres FROM impact_node_cadres" + WHERE
                + " AND cadres <> 0"), unit, skillCode, null)) {
            figures.addCadres(yearMonth(r[0]), number(r[1]));
        }
        for (Object[] r : rows(em.createNativeQuery("SELECT month_index, first_month, visits, found, resolved, mediations,"
                + " residents FROM impact_node" + WHERE + IN_PERIOD), unit, skillCode, range)) {
            YearMonth first = yearMonth(r[1]);
            figures.addRecords(phase(r[0], r[1]), figures.isInPeriod(first), number(r[2]), number(r[3]), number(r[4]),
                    number(r[5]), number(r[6]));
        }
        for (Object[] r : rows(em.createNativeQuery("SELECT month_index, first_month, days, problems FROM impact_node_days"
                + WHERE + IN_PERIOD + " AND problems <> 0"), unit, skillCode, range)) {
            YearMonth first = yearMonth(r[1]);
            figures.addResolved(phase(r[0], r[1]), figures.isInPeriod(first), (int) number(r[2]), number(r[3]));
        }
        return new ImpactResult(unit, skillCode, figures, rollup.freshness());
    }

    private static YearMonth yearMonth(Object monthIndex) {
        int m = (int) number(monthIndex);
        return m == CadreCounts.NEVER ? null : YearMonth.of(Math.floorDiv(m, 12), Math.floorMod(m, 12) + 1);
    }

    private static Phase phase(Object monthIndex, Object firstMonthIndex) {
        int first = (int) number(firstMonthIndex);
        return Phase.of((int) number(monthIndex), first == CadreCounts.NEVER ? null : first);
    }

    private static List<Object[]> rows(Query q, OrgUnit unit, String skill, MonthRange range) {
        q.setParameter(1, unit.getId()).setParameter(2, skill);
        if (range != null) {
            q.setParameter(3, index(range.from())).setParameter(4, index(range.to()));
        }
        return QueryValues.rows(q);
    }

    private static int index(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue() - 1;
    }
}
