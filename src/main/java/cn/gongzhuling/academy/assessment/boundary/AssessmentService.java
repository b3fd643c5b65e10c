package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.assessment.entity.AssessmentResult;
import cn.gongzhuling.academy.assessment.entity.AssessmentSession;
import cn.gongzhuling.academy.assessment.entity.GradeChange;
import cn.gongzhuling.academy.assessment.entity.ResultStatus;
import cn.gongzhuling.academy.catalog.entity.SkillCheck;
import cn.gongzhuling.academy.learning.boundary.Progress;
import cn.gongzhuling.academy.learning.entity.EnrolmentStatus;
import cn.gongzhuling.academy.platform.boundary.BusinessException;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.Caller;
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
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The instructor's side of practical checks: the grading queue, sessions and their rosters. Every
 * query is limited to the org subtrees of the caller's INSTRUCTOR grants; anything outside reads as
 * not found.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    /** Waiting = awaiting practical, the check required by the pinned version, no open attempt and no pass. */
    private static final String WAITING_FROM = " from Enrolment e join e.courseVersion v join v.course c, SkillCheck sc, "
            + "Person p join p.orgUnit u where sc.courseVersion = v and p.id = e.personId and e.status = :awaiting "
            + "and concat(',', concat(" + Progress.requiredChecksJpql("e", "v") + ", ',')) like concat('%,', concat(sc.key, ',%')) "
            + "and not exists (select r.id from AssessmentResult r where r.enrolmentId = e.id and r.checkKey = sc.key "
            + "and (r.status in :open or (r.status = :signed and r.passed = :yes))) and ";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    GradeHistory history;

    @Inject
    Clock clock;

    /** Trainees waiting for a check in the caller's scope, the longest waiting first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueueEntry> queue(String courseCode, String checkKey, int max) {
        InstructorScope scope = InstructorScope.of(currentUser.get(), "u.path");
        String filter = courseCode == null ? "" : " and c.code = :course and sc.key = :check";
        TypedQuery<Object[]> q = em.createQuery("select e.id, p.id, p.nameZh, p.nameEn, u.nameZh, u.nameEn, c.code, "
                + "v.titleZh, v.titleEn, sc.key, sc.titleZh, sc.titleEn, e.lastActivityAt, e.enrolledAt"
                + WAITING_FROM + scope.jpql() + filter + " order by coalesce(e.lastActivityAt, e.enrolledAt), e.id, sc.key",
                Object[].class);
        bindWaiting(scope.bind(q));
        if (courseCode != null) {
            q.setParameter("course", courseCode).setParameter("check", checkKey);
        }
        List<QueueEntry> entries = q.setMaxResults(max).getResultList().stream()
                .map(r -> new QueueEntry((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                        (String) r[11], r[12] != null ? (LocalDateTime) r[12] : (LocalDateTime) r[13], 0))
                .toList();
        if (entries.isEmpty()) {
            return entries;
        }
        Map<String, Long> attempts = new HashMap<>();
        em.createQuery("select r.enrolmentId, r.checkKey, count(r) from AssessmentResult r where r.enrolmentId in :ids "
                        + "and r.status <> :absent group by r.enrolmentId, r.checkKey", Object[].class)
                .setParameter("ids", entries.stream().map(QueueEntry::enrolmentId).distinct().toList())
                .setParameter("absent", ResultStatus.ABSENT).getResultList()
                .forEach(r -> attempts.put(r[0] + "|" + r[1], (Long) r[2]));
        return entries.stream().map(e -> e.withAttempts(attempts.getOrDefault(e.enrolmentId() + "|" + e.checkKey(), 0L)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long queueCount() {
        InstructorScope scope = InstructorScope.of(currentUser.get(), "u.path");
        TypedQuery<Long> q = em.createQuery("select count(e)" + WAITING_FROM + scope.jpql(), Long.class);
        return bindWaiting(scope.bind(q)).getSingleResult();
    }

    private <Q extends jakarta.persistence.Query> Q bindWaiting(Q q) {
        q.setParameter("awaiting", EnrolmentStatus.AWAITING_PRACTICAL)
                .setParameter("open", List.of(ResultStatus.DRAFT, ResultStatus.AWAITING_SECOND))
                .setParameter("signed", ResultStatus.SIGNED).setParameter("yes", true);
        return q;
    }

    /** The checks of current course versions, with how many trainees in scope wait for each. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CheckChoice> checkChoices() {
        InstructorScope scope = InstructorScope.of(currentUser.get(), "u.path");
        Map<String, Long> waiting = new HashMap<>();
        bindWaiting(scope.bind(em.createQuery("select c.code, sc.key, count(e)" + WAITING_FROM + scope.jpql()
                + " group by c.code, sc.key", Object[].class)))
                .getResultList().forEach(r -> waiting.put(r[0] + "|" + r[1], ((Number) r[2]).longValue()));
        return em.createQuery("select c.code, v.titleZh, v.titleEn, sc.key, sc.titleZh, sc.titleEn from Course c "
                        + "join c.currentVersion v, SkillCheck sc where sc.courseVersion = v order by c.code, sc.key",
                        Object[].class).getResultList().stream()
                .map(r -> new CheckChoice((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], waiting.getOrDefault(r[0] + "|" + r[3], 0L)))
                .toList();
    }

    /**
     * Creates a session for a course's check and puts on its roster every trainee in the caller's
     * scope who is waiting for that check.
     */
    public Long createSession(String courseCode, String checkKey, LocalDate date, String place) {
        Caller caller = currentUser.get();
        List<String> paths = InstructorScope.pathsOf(caller);
        if (courseCode == null || checkKey == null) {
            throw new BusinessException("assess.error.check");
        }
        List<Long> courseIds = em.createQuery("select c.id from Course c join c.currentVersion v, SkillCheck sc "
                        + "where sc.courseVersion = v and c.code = :c and sc.key = :k", Long.class)
                .setParameter("c", courseCode).setParameter("k", checkKey).getResultList();
        if (courseIds.isEmpty()) {
            throw new BusinessException("assess.error.check");
        }
        if (date == null || date.isBefore(LocalDate.now(clock))) {
            throw new BusinessException("assess.error.datePast");
        }
        String where = place == null ? "" : place.strip();
        if (where.isEmpty() || where.length() > AssessmentSession.PLACE_MAX) {
            throw new BusinessException("assess.error.place", AssessmentSession.PLACE_MAX);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        AssessmentSession session = new AssessmentSession(courseIds.get(0), checkKey, date, where,
                InstructorScope.unitIdOf(paths.get(0)), caller.username(), now);
        em.persist(session);
        em.flush();
        int added = 0;
        for (QueueEntry entry : queue(courseCode, checkKey, 500)) {
            roster(session, entry.enrolmentId(), entry.personId(), now);
            added++;
        }
        audit.record("ASSESSMENT_SESSION_CREATED", "AssessmentSession", session.getId(),
                courseCode + " " + checkKey + " " + date + " (" + added + ")");
        return session.getId();
    }

    /** Adds a waiting trainee to a session of the same check. */
    public void addTrainee(Long sessionId, Long enrolmentId) {
        AssessmentSession session = visibleSession(sessionId);
        String course = em.createQuery("select c.code from Course c where c.id = :id", String.class)
                .setParameter("id", session.getCourseId()).getSingleResult();
        QueueEntry entry = queue(course, session.getCheckKey(), 100_000).stream()
                .filter(e -> e.enrolmentId().equals(enrolmentId)).findFirst()
                .orElseThrow(() -> new BusinessException("assess.error.notWaiting"));
        long onRoster = em.createQuery("select count(r) from AssessmentResult r where r.session = :s and r.enrolmentId = :e",
                        Long.class).setParameter("s", session).setParameter("e", enrolmentId).getSingleResult();
        if (onRoster > 0) {
            throw new BusinessException("assess.error.onRoster");
        }
        roster(session, entry.enrolmentId(), entry.personId(), LocalDateTime.now(clock));
    }

    private void roster(AssessmentSession session, Long enrolmentId, Long personId, LocalDateTime now) {
        SkillCheck check = em.createQuery("select sc from Enrolment e, SkillCheck sc where e.id = :e "
                        + "and sc.courseVersion = e.courseVersion and sc.key = :k", SkillCheck.class)
                .setParameter("e", enrolmentId).setParameter("k", session.getCheckKey()).getSingleResult();
        Integer last = em.createQuery("select max(r.attemptNo) from AssessmentResult r where r.enrolmentId = :e "
                        + "and r.checkKey = :k", Integer.class)
                .setParameter("e", enrolmentId).setParameter("k", session.getCheckKey()).getSingleResult();
        AssessmentResult result = new AssessmentResult(session, enrolmentId, personId, check,
                last == null ? 1 : last + 1, now);
        em.persist(result);
        em.flush();
        history.append(result.getId(), GradeChange.Action.ROSTERED, null, "DRAFT", null);
    }

    /** Upcoming sessions in scope (from a date on), soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionSummary> sessions(LocalDate from, LocalDate to, int max) {
        InstructorScope scope = InstructorScope.of(currentUser.get(), "u.path");
        TypedQuery<Object[]> q = em.createQuery("select s.id, s.date, s.place, v.titleZh, v.titleEn, sc.titleZh, "
                + "sc.titleEn from AssessmentSession s, Course c join c.currentVersion v, SkillCheck sc, OrgUnit u "
                + "where c.id = s.courseId and sc.courseVersion = v and sc.key = s.checkKey and u.id = s.scopeUnitId "
                + "and s.date >= :from and s.date <= :to and " + scope.jpql() + " order by s.date, s.id", Object[].class);
        List<Object[]> rows = scope.bind(q).setParameter("from", from).setParameter("to", to).setMaxResults(max)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        em.createQuery("select r.session.id, r.status, count(r) from AssessmentResult r where r.session.id in :ids "
                        + "group by r.session.id, r.status", Object[].class)
                .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList()).getResultList()
                .forEach(r -> {
                    long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[2]);
                    c[0] += (Long) r[2];
                    if (r[1] == ResultStatus.SIGNED || r[1] == ResultStatus.ABSENT) {
                        c[1] += (Long) r[2];
                    }
                });
        return rows.stream().map(r -> {
            long[] c = counts.getOrDefault((Long) r[0], new long[2]);
            return new SessionSummary((Long) r[0], (LocalDate) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], c[0], c[1]);
        }).toList();
    }

    /** A session with its roster; a session of another subtree is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionDetail session(Long sessionId) {
        AssessmentSession session = visibleSession(sessionId);
        Object[] titles = em.createQuery("select v.titleZh, v.titleEn, sc.titleZh, sc.titleEn, sc.secondAssessor "
                        + "from Course c join c.currentVersion v, SkillCheck sc where c.id = :c and sc.courseVersion = v "
                        + "and sc.key = :k", Object[].class)
                .setParameter("c", session.getCourseId()).setParameter("k", session.getCheckKey()).getSingleResult();
        List<RosterRow> roster = em.createQuery("select r.id, r.version, p.nameZh, p.nameEn, u.nameZh, u.nameEn, "
                        + "r.attemptNo, r.status, r.passed, r.points, r.maxPoints, e.status from AssessmentResult r, "
                        + "Person p join p.orgUnit u, Enrolment e where r.session = :s and p.id = r.personId "
                        + "and e.id = r.enrolmentId order by p.nameZh, r.id", Object[].class)
                .setParameter("s", session).getResultList().stream()
                .map(r -> new RosterRow((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (Integer) r[6], (ResultStatus) r[7], (Boolean) r[8], (Integer) r[9],
                        (Integer) r[10], r[11].toString()))
                .toList();
        return new SessionDetail(session, (String) titles[0], (String) titles[1], (String) titles[2],
                (String) titles[3], (Boolean) titles[4], roster);
    }

    /** Trainees waiting for this session's check who are not on its roster yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueueEntry> candidates(Long sessionId) {
        AssessmentSession session = visibleSession(sessionId);
        String course = em.createQuery("select c.code from Course c where c.id = :id", String.class)
                .setParameter("id", session.getCourseId()).getSingleResult();
        List<Long> onRoster = em.createQuery("select r.enrolmentId from AssessmentResult r where r.session = :s",
                Long.class).setParameter("s", session).getResultList();
        return queue(course, session.getCheckKey(), 500).stream()
                .filter(e -> !onRoster.contains(e.enrolmentId())).toList();
    }

    AssessmentSession visibleSession(Long sessionId) {
        AssessmentSession session = sessionId == null ? null : em.find(AssessmentSession.class, sessionId);
        if (session == null) {
            throw new NotInScopeException();
        }
        String path = em.createQuery("select u.path from OrgUnit u where u.id = :id", String.class)
                .setParameter("id", session.getScopeUnitId()).getSingleResult();
        if (!InstructorScope.covers(currentUser.get(), path)) {
            throw new NotInScopeException();
        }
        return session;
    }
}
