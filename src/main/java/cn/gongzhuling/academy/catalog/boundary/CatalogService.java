package cn.gongzhuling.academy.catalog.boundary;

import cn.gongzhuling.academy.catalog.entity.CourseImport;
import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.catalog.entity.Skill;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Read side of the catalogue: current course versions for everyone, versions and history for admins. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ImportHistory history;

    /**
     * Current versions of all courses with their course and skills, in one query (the benchmark
     * found one query per course for the course code on the catalogue and assignment pages).
     */
    public List<CourseVersion> currentCourses() {
        requireLogin();
        return em.createQuery("select distinct v from Course c join c.currentVersion v join fetch v.course "
                + "left join fetch v.skills order by v.titleZh", CourseVersion.class).getResultList();
    }

    /**
     * Lesson count and minutes per course version, in one aggregate query: the catalogue cards need
     * these two numbers, not the lessons (whose HTML the page used to load course by course).
     */
    public Map<Long, LessonTotals> lessonTotals(Collection<CourseVersion> versions) {
        requireLogin();
        Map<Long, LessonTotals> totals = new HashMap<>();
        if (versions.isEmpty()) {
            return totals;
        }
        em.createQuery("select l.courseVersion.id, count(l), sum(l.minutes) from Lesson l "
                        + "where l.courseVersion in :v group by l.courseVersion.id", Object[].class)
                .setParameter("v", versions).getResultList()
                .forEach(r -> totals.put((Long) r[0], new LessonTotals(((Number) r[1]).intValue(),
                        r[2] == null ? 0 : ((Number) r[2]).intValue())));
        return totals;
    }

    /** Lessons of a course version and their minutes; getters for EL. */
    public record LessonTotals(int count, int minutes) {
        public static final LessonTotals NONE = new LessonTotals(0, 0);
        public int getCount() { return count; }
        public int getMinutes() { return minutes; }
    }

    /** The current version of a course with its lessons and checks (for the course page). */
    public CourseVersion current(String code) {
        requireLogin();
        CourseVersion version = em.createQuery("select v from Course c join c.currentVersion v where c.code = :c",
                        CourseVersion.class)
                .setParameter("c", code).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("error.notFound"));
        version.getLessons().size();
        version.getChecks().forEach(c -> c.getItems().size());
        version.getSkills().size();
        return version;
    }

    public List<CourseVersion> versions(String code) {
        requireAdmin();
        return em.createQuery("select v from CourseVersion v where v.course.code = :c order by v.versionNo desc",
                CourseVersion.class).setParameter("c", code).getResultList();
    }

    public List<Skill> skills() {
        requireLogin();
        return em.createQuery("select s from Skill s order by s.code", Skill.class).getResultList();
    }

    public List<CourseImport> history(int first, int max) {
        requireAdmin();
        return history.recent(first, max);
    }

    public long historyCount() {
        requireAdmin();
        return history.count();
    }

    private void requireLogin() {
        if (!currentUser.isLoggedIn()) {
            throw new NotInScopeException();
        }
    }

    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            throw new NotInScopeException();
        }
    }
}
