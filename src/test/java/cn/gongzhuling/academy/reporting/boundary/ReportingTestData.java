package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.catalog.entity.Course;
import cn.gongzhuling.academy.certification.control.VerificationCodes;
import cn.gongzhuling.academy.certification.entity.Certificate;
import cn.gongzhuling.academy.platform.boundary.ClockProducer;
import cn.gongzhuling.academy.learning.boundary.CompletionTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Independent SQL for ReportingIT: plain native queries over the tables, nothing shared with the reports. */
@ApplicationScoped
@Transactional
public class ReportingTestData {

    @PersistenceContext
    EntityManager em;

    @Inject
    CompletionTally tally;

    /** The completion tally as kept, one line per row, sorted. */
    public List<String> tally() {
        return lines("select org_unit_id, course_id, status, due_date, enrolments from completion_tally");
    }

    /** The completion tally counted from scratch now (first enrolments of active people per unit). */
    public List<String> recount() {
        return lines("select p.org_unit_id, e.course_id, e.status, case when e.status = 'COMPLETED' then null"
                + " else e.due_date end, count(*) from enrolment e join person p on p.id = e.person_id"
                + " where p.active = true and e.refresher_cycle = 0 group by p.org_unit_id, e.course_id, e.status,"
                + " case when e.status = 'COMPLETED' then null else e.due_date end");
    }

    @SuppressWarnings("unchecked")
    private List<String> lines(String query) {
        return ((List<Object[]>) em.createNativeQuery(query).getResultList()).stream()
                .map(r -> java.util.Arrays.stream(r).map(String::valueOf).collect(java.util.stream.Collectors.joining("|")))
                .sorted().toList();
    }

    /** Enrolments of active people in the subtree; status null for all; overdue: past due and not completed. */
    public long enrolments(String pathPrefix, String status, boolean overdueOnly, LocalDate today) {
        String sql = "select count(*) from enrolment e join person p on p.id = e.person_id"
                + " join org_unit u on u.id = p.org_unit_id where p.active = true and e.refresher_cycle = 0 and u.path like ?1"
                + (status == null ? "" : " and e.status = ?2")
                + (overdueOnly ? " and e.due_date < ?3 and e.status <> 'COMPLETED'" : "");
        var q = em.createNativeQuery(sql).setParameter(1, pathPrefix + "%");
        if (status != null) {
            q.setParameter(2, status);
        }
        if (overdueOnly) {
            q.setParameter(3, today);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Enrolments of one person, by status (null: all). */
    public long enrolmentsOf(Long personId, String status) {
        return ((Number) em.createNativeQuery("select count(*) from enrolment where refresher_cycle = 0 and person_id = ?1"
                        + (status == null ? "" : " and status = ?2"))
                .setParameter(1, personId).setParameter(2, status == null ? "" : status).getSingleResult()).longValue();
    }

    /** Puts some enrolments of the subtree into other states, so every column has something to count. */
    public void spread(String pathPrefix, String courseCode) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select e.id from enrolment e join person p on p.id = e.person_id"
                        + " join org_unit u on u.id = p.org_unit_id join course c on c.id = e.course_id"
                        + " where u.path like ?1 and c.code = ?2 order by e.id")
                .setParameter(1, pathPrefix + "%").setParameter(2, courseCode).getResultList();
        String[] statuses = {"COMPLETED", "IN_PROGRESS", "AWAITING_PRACTICAL", "NOT_STARTED"};
        for (int i = 0; i < ids.size(); i++) {
            String status = statuses[i % statuses.length];
            LocalDate due = i % 3 == 0 ? LocalDate.now(ClockProducer.ZONE).minusDays(10) : LocalDate.now(ClockProducer.ZONE).plusDays(30);
            em.createNativeQuery("update enrolment set status = ?1, due_date = ?2, completed_at = null where id = ?3")
                    .setParameter(1, status).setParameter(2, due).setParameter(3, ids.get(i).longValue()).executeUpdate();
            if ("COMPLETED".equals(status)) {
                em.createNativeQuery("update enrolment set completed_at = ?1 where id = ?2")
                        .setParameter(1, LocalDateTime.now()).setParameter(2, ids.get(i).longValue()).executeUpdate();
            }
        }
        tally.rebuild(); // written around the application, like the demo history
    }

    /** Makes the person's enrolment in the course overdue and unfinished; returns its id. */
    public Long makeOverdue(Long personId, String courseCode) {
        Number id = (Number) em.createNativeQuery("select e.id from enrolment e join course c on c.id = e.course_id"
                + " where e.person_id = ?1 and c.code = ?2 and e.refresher_cycle = 0")
                .setParameter(1, personId).setParameter(2, courseCode).getSingleResult();
        em.createNativeQuery("update enrolment set status = 'IN_PROGRESS', completed_at = null, due_date = ?1"
                + " where id = ?2").setParameter(1, LocalDate.now(ClockProducer.ZONE).minusDays(3)).setParameter(2, id.longValue())
                .executeUpdate();
        tally.rebuild();
        return id.longValue();
    }

    public Long accountPerson(String username) {
        return ((Number) em.createNativeQuery("select person_id from account where username = ?1")
                .setParameter(1, username).getSingleResult()).longValue();
    }

    public Long certificateOf(Long personId, LocalDate expiresOn) {
        return em.createQuery("select c.id from Certificate c where c.personId = :p and c.expiresOn = :e", Long.class)
                .setParameter("p", personId).setParameter("e", expiresOn).getSingleResult();
    }

    public String path(String unitCode) {
        return em.createQuery("select u.path from OrgUnit u where u.code = :c", String.class)
                .setParameter("c", unitCode).getSingleResult();
    }

    public List<Long> activePeopleIn(String unitCode) {
        return em.createQuery("select p.id from Person p where p.orgUnit.code = :c and p.active = :t order by p.id",
                Long.class).setParameter("c", unitCode).setParameter("t", true).getResultList();
    }

    /** Distinct active people in the subtree with a valid, unrevoked certificate of the skill on the day. */
    public long holders(String pathPrefix, String skillCode, LocalDate day) {
        return ((Number) em.createNativeQuery("select count(distinct p.id) from certificate c"
                        + " join person p on p.id = c.person_id join org_unit u on u.id = p.org_unit_id"
                        + " join course_version_skill vs on vs.course_version_id = c.course_version_id"
                        + " join skill s on s.id = vs.skill_id where p.active = true and u.path like ?1 and s.code = ?2"
                        + " and c.revoked_at is null and c.issued_on <= ?3 and c.expires_on >= ?3")
                .setParameter(1, pathPrefix + "%").setParameter(2, skillCode).setParameter(3, day)
                .getSingleResult()).longValue();
    }

    /** Active grids of the subtree with an active holder of a valid certificate of the skill on the day. */
    public long coveredGrids(String pathPrefix, String skillCode, LocalDate day) {
        return ((Number) em.createNativeQuery("select count(distinct u.id) from certificate c"
                        + " join person p on p.id = c.person_id join org_unit u on u.id = p.org_unit_id"
                        + " join course_version_skill vs on vs.course_version_id = c.course_version_id"
                        + " join skill s on s.id = vs.skill_id where p.active = true and u.level = 'GRID'"
                        + " and u.path like ?1 and s.code = ?2"
                        + " and c.revoked_at is null and c.issued_on <= ?3 and c.expires_on >= ?3")
                .setParameter(1, pathPrefix + "%").setParameter(2, skillCode).setParameter(3, day)
                .getSingleResult()).longValue();
    }

    /** Active grids of the subtree. */
    public long grids(String pathPrefix) {
        return ((Number) em.createNativeQuery("select count(*) from org_unit u where u.level = 'GRID'"
                + " and u.active = true and u.path like ?1").setParameter(1, pathPrefix + "%").getSingleResult()).longValue();
    }

    private static long nextRecordId = 90_000_000L;

    /** A field record written straight into the table, as the field feature or an import would leave it. */
    public void fieldRecord(String kind, Long personId, Long gridId, LocalDateTime at, String problemStatus,
                            LocalDate started, LocalDate closed) {
        String path = em.createQuery("select u.path from OrgUnit u where u.id = :id", String.class)
                .setParameter("id", gridId).getSingleResult();
        em.createNativeQuery("insert into field_record (id, kind, person_id, grid_id, grid_path, occurred_at,"
                        + " problem_category, handling_level, problem_status, started_on, closed_on, source, recorded_at,"
                        + " recorded_by, version) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'FORM', ?12, 'test', 1)")
                .setParameter(1, nextRecordId++).setParameter(2, kind).setParameter(3, personId)
                .setParameter(4, gridId).setParameter(5, path).setParameter(6, at)
                .setParameter(7, problemStatus == null ? null : "LIVELIHOOD")
                .setParameter(8, problemStatus == null ? null : "GRID")
                .setParameter(9, problemStatus).setParameter(10, started).setParameter(11, closed)
                .setParameter(12, LocalDateTime.now()).executeUpdate();
    }

    /** A certificate of the course's current version, as certification would issue it. */
    public void certify(Long personId, String courseCode, LocalDate issuedOn, LocalDate expiresOn, boolean revoked) {
        Course course = em.createQuery("select c from Course c where c.code = :c", Course.class)
                .setParameter("c", courseCode).getSingleResult();
        String code = VerificationCodes.generate();
        Certificate certificate = new Certificate("T-" + code.substring(0, 20), code, VerificationCodes.hash(code),
                personId, course.getId(), course.getCurrentVersion(), null, null, issuedOn, expiresOn,
                LocalDateTime.now());
        if (revoked) {
            certificate.revoke(LocalDateTime.now(), "test", "test");
        }
        em.persist(certificate);
    }
}
