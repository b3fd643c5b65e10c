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
import java.util.List;

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

    /** Current versions of all courses with their skills, in two queries. */
    public List<CourseVersion> currentCourses() {
        requireLogin();
        return em.createQuery("select distinct v from Course c join c.currentVersion v left join fetch v.skills "
                + "order by v.titleZh", CourseVersion.class).getResultList();
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
