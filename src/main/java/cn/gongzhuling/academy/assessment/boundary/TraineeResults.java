package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.assessment.entity.AssessmentResult;
import cn.gongzhuling.academy.assessment.entity.ItemGrade;
import cn.gongzhuling.academy.assessment.entity.ResultStatus;
import cn.gongzhuling.academy.catalog.entity.CheckItem;
import cn.gongzhuling.academy.catalog.entity.RubricLevel;
import cn.gongzhuling.academy.security.boundary.Caller;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The trainee's view of their practical checks: signed results only (drafts are the assessor's
 * work in progress), every attempt kept, with the assessor's comments.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TraineeResults {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The latest signed result of each check, per enrolment of the caller: one query for the whole dashboard. */
    public Map<Long, List<Latest>> latestByEnrolment(Locale locale) {
        Caller caller = trainee();
        Map<Long, List<Latest>> byEnrolment = new HashMap<>();
        Map<String, Latest> seen = new LinkedHashMap<>();
        em.createQuery("select r.enrolmentId, r.checkKey, sc.titleZh, sc.titleEn, r.passed, "
                        + "r.secondSignedAt, r.firstSignedAt, r.attemptNo from AssessmentResult r join r.skillCheck sc "
                        + "where r.personId = :p and r.status = :signed order by r.attemptNo desc", Object[].class)
                .setParameter("p", caller.personId()).setParameter("signed", ResultStatus.SIGNED).getResultList()
                .forEach(r -> seen.putIfAbsent(r[0] + "|" + r[1], new Latest((Long) r[0], (String) r[1],
                        "en".equals(locale.getLanguage()) ? (String) r[3] : (String) r[2], (Boolean) r[4],
                        r[5] != null ? (LocalDateTime) r[5] : (LocalDateTime) r[6], (Integer) r[7])));
        seen.values().forEach(l -> byEnrolment.computeIfAbsent(l.enrolmentId(), k -> new java.util.ArrayList<>()).add(l));
        return byEnrolment;
    }

    /** Every attempt of one of the caller's enrolments, newest first; another person's enrolment is not found. */
    public CourseResults forEnrolment(Long enrolmentId, Locale locale) {
        Caller caller = trainee();
        List<Object[]> course = em.createQuery("select v.titleZh, v.titleEn, e.status from Enrolment e "
                        + "join e.courseVersion v where e.id = :e and e.personId = :p", Object[].class)
                .setParameter("e", enrolmentId).setParameter("p", caller.personId()).getResultList();
        if (course.isEmpty()) {
            throw new NotInScopeException();
        }
        boolean en = "en".equals(locale.getLanguage());
        List<AssessmentResult> results = em.createQuery("select r from AssessmentResult r where r.enrolmentId = :e "
                        + "and r.status in :shown order by r.checkKey, r.attemptNo desc", AssessmentResult.class)
                .setParameter("e", enrolmentId)
                .setParameter("shown", List.of(ResultStatus.SIGNED, ResultStatus.AWAITING_SECOND, ResultStatus.ABSENT))
                .getResultList();
        List<Attempt> attempts = results.stream().map(r -> {
            Map<String, ItemGrade> grades = r.getItems().stream()
                    .collect(Collectors.toMap(ItemGrade::getItemKey, g -> g, (a, b) -> a));
            Map<Integer, String> labels = r.getSkillCheck().getLevels().stream()
                    .collect(Collectors.toMap(RubricLevel::getValue, l -> l.label(locale)));
            boolean signed = r.getStatus() == ResultStatus.SIGNED;
            List<Line> lines = !signed ? List.of() : r.getSkillCheck().getItems().stream().map((CheckItem i) -> {
                ItemGrade g = grades.get(i.getKey());
                String level = g == null || g.getLevel() == null ? null : labels.get(g.getLevel());
                return new Line(i.text(locale), i.isCritical(), g == null ? null : g.getDone(), level,
                        g == null ? null : g.getComment());
            }).toList();
            return new Attempt(r.getSkillCheck().title(locale), r.getAttemptNo(), r.getStatus(),
                    signed ? r.getPassed() : null, signed ? r.getPoints() : null, signed ? r.getMaxPoints() : null,
                    r.getSession().getDate(), signed ? r.getOverallComment() : null,
                    signed ? r.getFirstSignedBy() : null, signed ? r.getSecondSignedBy() : null, lines);
        }).toList();
        return new CourseResults(enrolmentId, (String) (en ? course.get(0)[1] : course.get(0)[0]),
                course.get(0)[2].toString(), attempts);
    }

    private Caller trainee() {
        Caller caller = currentUser.get();
        if (!caller.has(Role.TRAINEE) || caller.personId() == null) {
            throw new NotInScopeException();
        }
        return caller;
    }

    /** The latest signed result of one check. */
    public record Latest(Long enrolmentId, String checkKey, String check, Boolean passed, LocalDateTime signedAt,
                         int attemptNo) {
        public String getCheck() { return check; }
        public Boolean getPassed() { return passed; }
        public LocalDateTime getSignedAt() { return signedAt; }
        public int getAttemptNo() { return attemptNo; }
    }

    /** A course's practical results for its trainee. */
    public record CourseResults(Long enrolmentId, String course, String enrolmentStatus, List<Attempt> attempts) {
        public Long getEnrolmentId() { return enrolmentId; }
        public String getCourse() { return course; }
        public String getEnrolmentStatus() { return enrolmentStatus; }
        public List<Attempt> getAttempts() { return attempts; }
    }

    /** One attempt as the trainee sees it. */
    public record Attempt(String check, int attemptNo, ResultStatus status, Boolean passed, Integer points,
                          Integer maxPoints, LocalDate date, String overallComment, String assessor,
                          String secondAssessor, List<Line> lines) {
        public String getCheck() { return check; }
        public int getAttemptNo() { return attemptNo; }
        public ResultStatus getStatus() { return status; }
        public Boolean getPassed() { return passed; }
        public Integer getPoints() { return points; }
        public Integer getMaxPoints() { return maxPoints; }
        public LocalDate getDate() { return date; }
        public String getOverallComment() { return overallComment; }
        public String getAssessor() { return assessor; }
        public String getSecondAssessor() { return secondAssessor; }
        public List<Line> getLines() { return lines; }
    }

    /** One item of a signed attempt. */
    public record Line(String text, boolean critical, Boolean done, String level, String comment) {
        public String getText() { return text; }
        public boolean isCritical() { return critical; }
        public Boolean getDone() { return done; }
        public String getLevel() { return level; }
        public String getComment() { return comment; }
    }
}
