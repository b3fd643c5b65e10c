package cn.gongzhuling.academy.reporting.boundary;

import static cn.gongzhuling.academy.platform.control.QueryValues.number;

import cn.gongzhuling.academy.learning.boundary.CompletionTally;
import cn.gongzhuling.academy.learning.entity.EnrolmentStatus;
import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.boundary.PersonService;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.reporting.control.PathRollup;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completion along the hierarchy. The counts of a subtree's units come from the completion tally
 * (learning's {@link CompletionTally}: enrolments per unit, course, status and due date, kept current
 * with every change), summed per unit and status in one GROUP BY; the rows of the report are those
 * counts rolled up to the children of the chosen unit, so a parent's numbers are the sum of its rows.
 * The people of one unit are counted from their enrolments directly.
 * Only active people and first enrolments count (refreshers renew a certificate; the certificate
 * reports show them). Scope: the chosen unit must be in the caller's organiser scope (the
 * organisation service checks), otherwise the report answers "not found".
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompletionReport {

    private static final String OVERDUE = "sum(case when e.dueDate < :today and e.status <> :done then 1 else 0 end)";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    PersonService people;

    @Inject
    CompletionTally tally;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /**
     * The report for a unit (null: the caller's top unit), for one course or all (courseId null).
     *
     * @param peopleOnly show the people directly in the unit even when it has child units
     */
    public CompletionTable forUnit(Long unitId, Long courseId, boolean peopleOnly) {
        OrgUnit unit = unitId == null ? topUnit() : units.find(unitId);
        List<OrgUnit> children = units.children(unit.getId());
        List<OrgUnit> trail = trail(unit);
        if (children.isEmpty() || peopleOnly) {
            return new CompletionTable(unit, trail, personRows(unit, courseId), true);
        }
        return new CompletionTable(unit, trail, unitRows(unit, children, courseId), false);
    }

    /** A person's enrolments, for the drill-down to a person; the person must be in the caller's scope. */
    public List<PersonEnrolment> enrolmentsOf(Long personId) {
        Long id = people.find(personId).getId();
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select e.courseVersion.titleZh, e.courseVersion.titleEn, e.status, e.dueDate,"
                        + " e.completedAt from Enrolment e where e.personId = :p and e.refresherCycle = 0"
                        + " order by e.enrolledAt", Object[].class)
                .setParameter("p", id).getResultList().stream()
                .map(r -> {
                    EnrolmentStatus status = (EnrolmentStatus) r[2];
                    LocalDate due = (LocalDate) r[3];
                    boolean overdue = due != null && due.isBefore(today) && status != EnrolmentStatus.COMPLETED;
                    return new PersonEnrolment((String) r[0], (String) r[1], status.name(), due,
                            (java.time.LocalDateTime) r[4], overdue);
                }).toList();
    }

    private OrgUnit topUnit() {
        List<OrgUnit> roots = units.roots();
        if (roots.isEmpty()) {
            throw new NotInScopeException();
        }
        return roots.get(0);
    }

    private List<OrgUnit> trail(OrgUnit unit) {
        List<String> paths = PathRollup.ancestry(unit.getPath());
        paths = paths.subList(0, paths.size() - 1);
        if (paths.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from OrgUnit u where u.path in :paths order by u.path", OrgUnit.class)
                .setParameter("paths", paths).getResultList().stream()
                .filter(u -> currentUser.get().canManage(u.getPath()))
                .sorted(java.util.Comparator.comparingInt(u -> u.getPath().length()))
                .toList();
    }

    private List<CompletionRow> unitRows(OrgUnit unit, List<OrgUnit> children, Long courseId) {
        Map<String, CompletionRow> byPath = new LinkedHashMap<>();
        for (OrgUnit child : children) {
            byPath.put(child.getPath(), new CompletionRow(CompletionRow.Kind.UNIT, child.getId(), null,
                    child.getNameZh(), child.getNameEn(), "enum.OrgLevel." + child.getLevel().name()));
        }
        CompletionRow direct = new CompletionRow(CompletionRow.Kind.DIRECT, unit.getId(), null,
                unit.getNameZh(), unit.getNameEn(), null);
        PathRollup<CompletionRow> rollup = new PathRollup<>(unit.getPath(), byPath);
        for (Object[] r : tally.countsBelow(unit.getPath(), courseId, LocalDate.now(clock))) {
            rollup.childOf((String) r[0]).orElse(direct).getCounts()
                    .add((String) r[1], number(r[2]), number(r[3]));
        }
        List<CompletionRow> rows = new ArrayList<>(byPath.values());
        if (!direct.getCounts().isEmpty()) {
            rows.add(direct);
        }
        return rows;
    }

    private List<CompletionRow> personRows(OrgUnit unit, Long courseId) {
        TypedQuery<Object[]> q = em.createQuery("select p.id, p.nameZh, p.nameEn, e.status, count(e), " + OVERDUE
                + " from Enrolment e, Person p where e.personId = p.id and p.active = :active and p.orgUnit.id = :unit"
                + " and e.refresherCycle = 0"
                + (courseId == null ? "" : " and e.courseId = :course")
                + " group by p.id, p.nameZh, p.nameEn, e.status order by p.nameZh, p.id", Object[].class);
        bind(q, courseId).setParameter("unit", unit.getId());
        Map<Long, CompletionRow> byPerson = new LinkedHashMap<>();
        for (Object[] r : q.getResultList()) {
            CompletionRow row = byPerson.computeIfAbsent((Long) r[0], id -> new CompletionRow(
                    CompletionRow.Kind.PERSON, null, id, (String) r[1], (String) r[2], null));
            row.getCounts().add(((EnrolmentStatus) r[3]).name(), number(r[4]), number(r[5]));
        }
        return new ArrayList<>(byPerson.values());
    }

    private TypedQuery<Object[]> bind(TypedQuery<Object[]> q, Long courseId) {
        q.setParameter("active", true).setParameter("today", LocalDate.now(clock))
                .setParameter("done", EnrolmentStatus.COMPLETED);
        if (courseId != null) {
            q.setParameter("course", courseId);
        }
        return q;
    }
}
