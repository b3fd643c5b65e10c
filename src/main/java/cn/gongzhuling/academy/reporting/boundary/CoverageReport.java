package cn.gongzhuling.academy.reporting.boundary;

import static cn.gongzhuling.academy.platform.control.QueryValues.date;

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
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
        em.createQuery("select u.path, s.code, count(distinct case when c.issuedOn <= :today then p.id else null end),"
                        + " count(distinct case when c.expiresOn >= :horizon then p.id else null end)"
                        + " from Certificate c join c.courseVersion v join v.skills s, Person p join p.orgUnit u"
                        + " where c.personId = p.id and p.active = :active and u.path like :subtree"
                        + " and s.code in :codes and c.revokedAt is null and c.expiresOn >= :today"
                        + " and c.issuedOn <= :horizon group by u.path, s.code", Object[].class)
                .setParameter("active", true).setParameter("subtree", unit.getPath() + "%")
                .setParameter("codes", codes).setParameter("today", today).setParameter("horizon", horizon)
                .getResultList()
                .forEach(r -> {
                    now.add((String) r[0], (String) r[1], ((Number) r[2]).longValue());
                    later.add((String) r[0], (String) r[1], ((Number) r[3]).longValue());
                });
    }
}
