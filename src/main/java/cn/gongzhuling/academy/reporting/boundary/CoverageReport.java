package cn.gongzhuling.academy.reporting.boundary;

import static cn.gongzhuling.academy.platform.control.QueryValues.date;
import static cn.gongzhuling.academy.platform.control.QueryValues.number;

import cn.gongzhuling.academy.catalog.boundary.CatalogService;
import cn.gongzhuling.academy.catalog.entity.Skill;
import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.reporting.control.Coverage;
import cn.gongzhuling.academy.reporting.control.CoverageTimeline;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Certificate coverage: for every community and grid of a subtree, how many active staff hold a
 * valid certificate of each key skill today and at the horizon (default 60 days). One GROUP BY
 * over the subtree's certificates valid on either day, rolled up to communities by path; scope checked by the organisation
 * service on the chosen unit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageReport {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    CatalogService catalog;

    @Inject
    AppConfig config;

    @Inject
    Clock clock;

    public CoverageTable forUnit(Long unitId) {
        OrgUnit unit = unitId == null ? topUnit() : units.find(unitId);
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(config.coverageHorizonDays());
        List<Skill> skills = keySkills();
        List<String> codes = skills.stream().map(Skill::getCode).toList();
        Coverage now = new Coverage();
        Coverage later = new Coverage();
        holders(unit, codes, today, horizon, now, later);
        List<CoverageRow> rows = new ArrayList<>();
        for (OrgUnit u : communitiesAndGrids(unit)) {
            CoverageRow row = new CoverageRow(u);
            for (String code : codes) {
                row.put(code, new CoverageCell(now.holders(u.getPath(), code), later.holders(u.getPath(), code)));
            }
            rows.add(row);
        }
        return new CoverageTable(unit, skills, rows, today, horizon);
    }

    /** Share of the unit's grids with a valid holder of each key skill at month ends: a year back, two months on. */
    public CoverageTrend trend(Long unitId) {
        OrgUnit unit = unitId == null ? topUnit() : units.find(unitId);
        LocalDate today = LocalDate.now(clock);
        List<Skill> skills = keySkills();
        long grids = em.createQuery("select count(u) from OrgUnit u where u.path like :subtree and u.level = :grid"
                        + " and u.active = :active", Long.class).setParameter("subtree", unit.getPath() + "%")
                .setParameter("grid", OrgLevel.GRID).setParameter("active", true).getSingleResult();
        List<LocalDate> days = new ArrayList<>();
        for (int m = -12; m <= 2; m++) {
            days.add(java.time.YearMonth.from(today.plusMonths(m)).atEndOfMonth());
        }
        java.util.Map<String, List<Integer>> percents = new java.util.LinkedHashMap<>();
        skills.forEach(s -> percents.put(s.getCode(), new ArrayList<>()));
        if (skills.isEmpty()) {
            return new CoverageTrend(skills, days, percents, today);
        }
        // one read of the validity periods of the subtree's grids, then every month end in Java (it
        // was one GROUP BY per month end: 15 scans of the certificates)
        CoverageTimeline timeline = new CoverageTimeline();
        em.createQuery("select distinct u.id, s.code, c.issuedOn, c.expiresOn from Certificate c join c.courseVersion v"
                        + " join v.skills s, Person p join p.orgUnit u where c.personId = p.id and p.active = :active"
                        + " and u.level = :grid and u.path like :subtree and s.code in :codes"
                        + " and c.revokedAt is null and c.issuedOn <= :last and c.expiresOn >= :first", Object[].class)
                .setParameter("active", true).setParameter("grid", OrgLevel.GRID)
                .setParameter("subtree", unit.getPath() + "%")
                .setParameter("codes", skills.stream().map(Skill::getCode).toList())
                .setParameter("first", days.get(0)).setParameter("last", days.get(days.size() - 1))
                .getResultList()
                .forEach(r -> timeline.add((Long) r[0], (String) r[1], date(r[2]), date(r[3])));
        for (LocalDate day : days) {
            for (Skill s : skills) {
                long n = timeline.coveredGrids(s.getCode(), day);
                percents.get(s.getCode()).add(grids == 0 ? 0 : (int) (n * 100 / grids));
            }
        }
        return new CoverageTrend(skills, days, percents, today);
    }

    private List<Skill> keySkills() {
        List<String> wanted = config.reportKeySkills();
        return catalog.skills().stream().filter(s -> wanted.contains(s.getCode()))
                .sorted(java.util.Comparator.comparingInt(s -> wanted.indexOf(s.getCode()))).toList();
    }

    private OrgUnit topUnit() {
        List<OrgUnit> roots = units.roots();
        if (roots.isEmpty()) {
            throw new NotInScopeException();
        }
        return roots.get(0);
    }

    private List<OrgUnit> communitiesAndGrids(OrgUnit unit) {
        return em.createQuery("select u from OrgUnit u left join fetch u.parent where u.path like :subtree"
                        + " and u.level in :levels and u.active = :active order by u.path", OrgUnit.class)
                .setParameter("subtree", unit.getPath() + "%")
                .setParameter("levels", List.of(OrgLevel.COMMUNITY, OrgLevel.GRID))
                .setParameter("active", true).getResultList();
    }

    /**
     * Holders per unit path and skill today and at the horizon, in one scan of the certificates valid
     * on either day (a certificate valid on both is issued by today and expires after the horizon).
     */
    private void holders(OrgUnit unit, List<String> codes, LocalDate today, LocalDate horizon, Coverage now,
                         Coverage later) {
        if (codes.isEmpty()) {
            return;
        }
        // native SQL: JPQL needs ELSE NULL in a CASE, which EclipseLink binds as a parameter that
        // PostgreSQL types as text ("CASE types character varying and bigint cannot be matched")
        String in = IntStream.range(0, codes.size()).mapToObj(i -> "?" + (4 + i)).collect(Collectors.joining(", "));
        Query q = em.createNativeQuery("SELECT u.path, s.code, COUNT(DISTINCT CASE WHEN c.issued_on <= ?1 THEN p.id END),"
                + " COUNT(DISTINCT CASE WHEN c.expires_on >= ?2 THEN p.id END) FROM certificate c"
                + " JOIN course_version_skill vs ON vs.course_version_id = c.course_version_id"
                + " JOIN skill s ON s.id = vs.skill_id JOIN person p ON p.id = c.person_id"
                + " JOIN org_unit u ON u.id = p.org_unit_id WHERE p.active = TRUE AND u.path LIKE ?3"
                + " AND c.revoked_at IS NULL AND c.expires_on >= ?1 AND c.issued_on <= ?2 AND s.code IN (" + in + ")"
                + " GROUP BY u.path, s.code")
                .setParameter(1, Date.valueOf(today)).setParameter(2, Date.valueOf(horizon))
                .setParameter(3, unit.getPath() + "%");
        for (int i = 0; i < codes.size(); i++) {
            q.setParameter(4 + i, codes.get(i));
        }
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            now.add((String) r[0], (String) r[1], number(r[2]));
            later.add((String) r[0], (String) r[1], number(r[3]));
        }
    }
}
