package cn.gongzhuling.academy.assessment.boundary;

import cn.gongzhuling.academy.assessment.control.CheckRule;
import cn.gongzhuling.academy.assessment.entity.AssessmentResult;
import cn.gongzhuling.academy.assessment.entity.AssessmentSession;
import cn.gongzhuling.academy.assessment.entity.ItemGrade;
import cn.gongzhuling.academy.catalog.entity.Scoring;
import cn.gongzhuling.academy.catalog.entity.SkillCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads one attempt for the grading screen, with its neighbours on the roster for next/previous. */
@ApplicationScoped
@Transactional
public class GradeSheets {

    @PersistenceContext
    EntityManager em;

    @Inject
    GradeWriter writer;

    @Inject
    GradeHistory history;

    public GradeSheet load(Long resultId, Locale locale) {
        AssessmentResult r = writer.gradable(resultId);
        SkillCheck check = r.getSkillCheck();
        AssessmentSession session = r.getSession();
        boolean en = "en".equals(locale.getLanguage());
        Object[] who = em.createQuery("select p.nameZh, p.nameEn, u.nameZh, u.nameEn, v.titleZh, v.titleEn "
                        + "from Person p join p.orgUnit u, Enrolment e join e.courseVersion v "
                        + "where p.id = :p and e.id = :e", Object[].class)
                .setParameter("p", r.getPersonId()).setParameter("e", r.getEnrolmentId()).getSingleResult();
        List<Long> roster = em.createQuery("select r.id from AssessmentResult r, Person p where r.session = :s "
                        + "and p.id = r.personId order by p.nameZh, r.id", Long.class)
                .setParameter("s", session).getResultList();
        int index = roster.indexOf(r.getId());
        Map<String, ItemGrade> grades = new HashMap<>();
        r.getItems().forEach(g -> grades.put(g.getItemKey(), g));
        Map<String, CheckRule.Grade> forRule = new HashMap<>();
        List<GradeSheet.Item> items = check.getItems().stream().map(i -> {
            ItemGrade g = grades.get(i.getKey());
            if (g != null) {
                forRule.put(i.getKey(), new CheckRule.Grade(g.getDone(), g.getLevel()));
            }
            return new GradeSheet.Item(i.getKey(), i.text(locale), i.isCritical(), i.getPoints(),
                    g == null ? null : g.getDone(), g == null ? null : g.getLevel(), g == null ? null : g.getComment());
        }).toList();
        CheckRule rule = GradeWriter.rule(check);
        List<GradeSheet.Level> levels = check.getLevels().stream()
                .map(l -> new GradeSheet.Level(l.getValue(), l.label(locale))).toList();
        List<GradeSheet.EvidenceRow> evidence = em.createQuery("select new cn.gongzhuling.academy.assessment.boundary."
                        + "GradeSheet.EvidenceRow(e.id, e.fileName, e.mediaType, e.sizeBytes, e.uploadedBy, e.uploadedAt) "
                        + "from Evidence e where e.result = :r order by e.uploadedAt, e.id", GradeSheet.EvidenceRow.class)
                .setParameter("r", r).getResultList();
        return new GradeSheet(r.getId(), r.getVersion(), r.getStatus(), r.getAttemptNo(), r.getPassed(), r.getPoints(),
                r.getMaxPoints(), r.getOverallComment(), r.getFirstSignedBy(), r.getFirstSignedAt(),
                r.getSecondSignedBy(), r.getSecondSignedAt(), check.isSecondAssessor(),
                check.getScoring() == Scoring.RUBRIC, rule.criticalLevel(),
                (String) (en ? who[1] : who[0]), (String) (en ? who[3] : who[2]), (String) (en ? who[5] : who[4]),
                check.title(locale), session.getId(), session.getDate(), session.getPlace(),
                index > 0 ? roster.get(index - 1) : null, index < roster.size() - 1 ? roster.get(index + 1) : null,
                index + 1, roster.size(), items, levels, rule.score(forRule).failedCritical(), history.of(r.getId()),
                evidence);
    }
}
