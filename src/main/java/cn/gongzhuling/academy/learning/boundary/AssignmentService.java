package cn.gongzhuling.academy.learning.boundary;

import cn.gongzhuling.academy.catalog.entity.Course;
import cn.gongzhuling.academy.learning.entity.Assignment;
import cn.gongzhuling.academy.learning.entity.EnrolmentStatus;
import cn.gongzhuling.academy.organization.boundary.OrgUnitService;
import cn.gongzhuling.academy.organization.entity.OrgUnit;
import cn.gongzhuling.academy.organization.entity.Position;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.transaction.Transactional;

/**
 * Organisers assign courses to units in their scope. Creating an assignment enrols everyone who
 * matches in one statement; deactivating it stops new enrolments and keeps all progress.
 */
@ApplicationScoped
@Transactional
public class AssignmentService {

    public record Created(Assignment assignment, int enrolled) {
        public int getEnrolled() { return enrolled; }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrgUnitService units;

    @Inject
    Enroller enroller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Created create(String courseCode, Long unitId, Collection<Position> positions, LocalDate dueDate) {
        Caller caller = organizer();
        OrgUnit unit = units.find(unitId); // outside the caller's scope: not found
        Course course = em.createQuery("select c from Course c where c.code = :c", Course.class)
                .setParameter("c", courseCode == null ? "" : courseCode).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("assign.error.course"));
        if (course.getCurrentVersion() == null) {
            throw new BusinessException("assign.error.course");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (dueDate == null) {
            throw new BusinessException("assign.error.dueMissing");
        }
        if (dueDate.isBefore(now.toLocalDate())) {
            throw new BusinessException("assign.error.duePast");
        }
        Assignment assignment = new Assignment(course.getId(), unit.getId(), positions, dueDate, now, caller.username());
        em.persist(assignment);
        em.flush();
        int enrolled = enroller.enrol(assignment, course.getCurrentVersion().getId(), unit.getPath(), now);
        audit.record("ASSIGNMENT_CREATED", "Assignment", assignment.getId(),
                courseCode + " -> " + unit.getCode() + " " + assignment.getPositions() + " due " + dueDate
                        + ", " + enrolled + " enrolled");
        return new Created(assignment, enrolled);
    }

    /** Stops the assignment enrolling anyone new. Enrolments it made, and their progress, stay. */
    public void deactivate(Long id, long expectedVersion) {
        organizer();
        Assignment assignment = id == null ? null : em.find(Assignment.class, id);
        if (assignment == null) {
            throw new NotInScopeException();
        }
        OrgUnit unit = units.find(assignment.getScopeUnitId());
        if (assignment.getVersion() != expectedVersion) {
            throw new OptimisticLockException();
        }
        assignment.setActive(false);
        audit.record("ASSIGNMENT_DEACTIVATED", "Assignment", id, unit.getCode());
    }

    /** Assignments to units in the caller's scope, newest first, with enrolment counts: two queries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssignmentRow> list(int max) {
        Caller caller = organizer();
        List<String> scopes = caller.scopes(Role.ORGANIZER);
        StringBuilder where = new StringBuilder();
        if (!scopes.contains("/")) {
            for (int i = 0; i < scopes.size(); i++) {
                where.append(i == 0 ? " and (" : " or ").append("u.path like :s").append(i);
            }
            where.append(')');
        }
        TypedQuery<Object[]> q = em.createQuery("select a, c.code, v.titleZh, v.titleEn, u.nameZh, u.nameEn "
                + "from Assignment a, Course c, CourseVersion v, OrgUnit u where c.id = a.courseId "
                + "and v = c.currentVersion and u.id = a.scopeUnitId" + where + " order by a.createdAt desc, a.id desc",
                Object[].class);
        if (!scopes.contains("/")) {
            for (int i = 0; i < scopes.size(); i++) {
                q.setParameter("s" + i, scopes.get(i) + "%");
            }
        }
        List<Object[]> rows = q.setMaxResults(max).getResultList();
        List<Long> ids = rows.stream().map(r -> ((Assignment) r[0]).getId()).toList();
        Map<Long, long[]> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select e.assignmentId, e.status, count(e) from Enrolment e where e.assignmentId in :ids "
                            + "group by e.assignmentId, e.status", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> {
                        long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[2]);
                        c[0] += (Long) r[2];
                        EnrolmentStatus s = (EnrolmentStatus) r[1];
                        if (s == EnrolmentStatus.AWAITING_PRACTICAL || s == EnrolmentStatus.COMPLETED) {
                            c[1] += (Long) r[2];
                        }
                    });
        }
        return rows.stream().map(r -> {
            Assignment a = (Assignment) r[0];
            long[] c = counts.getOrDefault(a.getId(), new long[2]);
            return new AssignmentRow(a, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    c[0], c[1]);
        }).toList();
    }

    private Caller organizer() {
        Caller caller = currentUser.get();
        if (!caller.has(Role.ORGANIZER) && !caller.isAdmin()) {
            throw new NotInScopeException();
        }
        return caller;
    }
}
