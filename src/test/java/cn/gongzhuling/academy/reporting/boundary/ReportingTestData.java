package cn.gongzhuling.academy.reporting.boundary;

import cn.gongzhuling.academy.catalog.entity.Course;
import cn.gongzhuling.academy.certification.control.VerificationCodes;
import cn.gongzhuling.academy.certification.entity.Certificate;
import cn.gongzhuling.academy.platform.boundary.ClockProducer;
import cn.gongzhuling.academy.learning.boundary.CompletionTally;
import cn.gongzhuling.academy.certification.boundary.CertificateIssuer;
import cn.gongzhuling.academy.field.boundary.FieldRecordService;
import cn.gongzhuling.academy.field.control.FieldDraft;
import cn.gongzhuling.academy.field.entity.FieldKind;
import cn.gongzhuling.academy.field.entity.RecordSource;
import cn.gongzhuling.academy.organization.entity.Person;
import cn.gongzhuling.academy.reporting.control.ImpactFigures;
import cn.gongzhuling.academy.reporting.control.MonthRange;
import cn.gongzhuling.academy.reporting.control.Phase;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
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

    @Inject
    FieldRecordService records;

    @Inject
    CertificateIssuer issuer;

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

    /** A household visit saved the way the field pages and imports save one. */
    public void saveVisit(Long personId, Long gridId, LocalDateTime at) {
        records.save(em.find(Person.class, personId), new FieldDraft(FieldKind.HOUSEHOLD_VISIT, gridId, at),
                RecordSource.FORM, null, "test", null, null);
    }

    /** A certificate of the course's current version issued the way certification issues one; returns its id. */
    public Long issue(Long personId, String courseCode, LocalDate issuedOn) {
        Course course = em.createQuery("select c from Course c where c.code = :c", Course.class)
                .setParameter("c", courseCode).getSingleResult();
        return issuer.create(personId, course.getId(), course.getCurrentVersion(), null, null, issuedOn,
                issuedOn.atTime(10, 0)).getId();
    }

    public long certificateVersion(Long id) {
        return em.find(Certificate.class, id).getVersion();
    }

    /** The impact roll-up's unit rows, one line per row, sorted. */
    public List<String> impactRollup() {
        List<String> all = new java.util.ArrayList<>();
        all.addAll(lines("select 'n', unit_id, skill_id, month_index, first_month, visits, found, resolved, mediations, residents"
                + " from impact_node where visits <> 0 or found <> 0 or resolved <> 0 or mediations <> 0 or residents <> 0"));
        all.addAll(lines("select 'd', unit_id, skill_id, month_index, first_month, days, problems from impact_node_days"
                + " where problems <> 0"));
        all.addAll(lines("select 'c', unit_id, skill_id, first_month, cadres from impact_node_cadres where cadres <> 0"));
        return all.stream().sorted().toList();
    }

    /**
     * The impact figures computed straight from the people, certificates and field records of a subtree,
     * without the roll-up: cadres with their first certification, then their records of the period.
     */
    @SuppressWarnings("unchecked")
    public ImpactFigures impactFromRecords(String subtreePath, String skill, MonthRange range) {
        ImpactFigures figures = new ImpactFigures(range);
        Map<Long, YearMonth> first = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select c.person_id, min(c.issued_on) from certificate c"
                        + " join course_version_skill vs on vs.course_version_id = c.course_version_id"
                        + " join skill s on s.id = vs.skill_id where s.code = ?1 and c.revoked_at is null group by c.person_id")
                .setParameter(1, skill).getResultList()) {
            first.put(((Number) r[0]).longValue(), YearMonth.from(((java.sql.Date) r[1]).toLocalDate()));
        }
        Map<Long, YearMonth> cadres = new HashMap<>();
        for (Object id : em.createNativeQuery("select p.id from person p join org_unit u on u.id = p.org_unit_id"
                        + " where p.active = true and u.path like ?1 and p.position not in ('TRAINER', 'TRAINING_OFFICER')")
                .setParameter(1, subtreePath + "%").getResultList()) {
            long person = ((Number) id).longValue();
            cadres.put(person, first.get(person));
            figures.addCadre(first.get(person));
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select r.person_id, r.occurred_at, r.kind, r.problem_status,"
                        + " r.agreement_reached, r.residents_count, datediff('DAY', r.started_on, r.closed_on)"
                        + " from field_record r join org_unit g on g.id = r.grid_id where g.path like ?1"
                        + " and r.occurred_at >= ?2 and r.occurred_at < ?3")
                .setParameter(1, subtreePath + "%").setParameter(2, range.firstDay().atStartOfDay())
                .setParameter(3, range.endExclusive().atStartOfDay()).getResultList()) {
            long person = ((Number) r[0]).longValue();
            if (!cadres.containsKey(person)) {
                continue;
            }
            YearMonth firstMonth = cadres.get(person);
            Phase phase = Phase.of(YearMonth.from(((java.sql.Timestamp) r[1]).toLocalDateTime()), firstMonth);
            boolean inPeriod = figures.isInPeriod(firstMonth);
            String kind = (String) r[2];
            boolean resolved = "PROBLEM_FOUND".equals(kind) && "RESOLVED".equals(r[3]);
            figures.addRecords(phase, inPeriod, "HOUSEHOLD_VISIT".equals(kind) ? 1 : 0, "PROBLEM_FOUND".equals(kind) ? 1 : 0,
                    resolved ? 1 : 0, "DISPUTE_MEDIATED".equals(kind) && Boolean.TRUE.equals(r[4]) ? 1 : 0,
                    "FIRST_AID_TAUGHT".equals(kind) && r[5] != null ? ((Number) r[5]).longValue() : 0);
            if (resolved && r[6] != null) {
                figures.addResolved(phase, inPeriod, ((Number) r[6]).intValue(), 1);
            }
        }
        return figures;
    }
}
