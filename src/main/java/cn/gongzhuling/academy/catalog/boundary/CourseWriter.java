package cn.gongzhuling.academy.catalog.boundary;

import cn.gongzhuling.academy.catalog.control.Bilingual;
import cn.gongzhuling.academy.catalog.control.CourseDefinition;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.CheckDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.ItemDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.LessonDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.LevelDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.OptionDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.QuestionDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.SkillDef;
import cn.gongzhuling.academy.catalog.entity.CheckItem;
import cn.gongzhuling.academy.catalog.entity.Course;
import cn.gongzhuling.academy.catalog.entity.CourseRules;
import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.catalog.entity.Lesson;
import cn.gongzhuling.academy.catalog.entity.Question;
import cn.gongzhuling.academy.catalog.entity.QuestionOption;
import cn.gongzhuling.academy.catalog.entity.RubricLevel;
import cn.gongzhuling.academy.catalog.entity.Skill;
import cn.gongzhuling.academy.catalog.entity.SkillCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes a validated course as a new immutable version, all in one transaction. */
@ApplicationScoped
@Transactional
public class CourseWriter {

    /** What writing did: the version now current, and whether it is new. */
    public record Written(int versionNo, boolean created) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Set<String> skillCodes() {
        return Set.copyOf(em.createQuery("select s.code from Skill s", String.class).getResultList());
    }

    /** Inserts new skills and updates changed names; returns how many changed. */
    public int writeSkills(List<SkillDef> skills) {
        int changed = 0;
        for (SkillDef def : skills) {
            Skill skill = em.createQuery("select s from Skill s where s.code = :c", Skill.class)
                    .setParameter("c", def.code()).getResultStream().findFirst().orElse(null);
            if (skill == null) {
                skill = new Skill(def.code());
                em.persist(skill);
            }
            if (skill.update(def.name().zh(), def.name().en(), def.description().zh(), def.description().en())) {
                changed++;
            }
        }
        return changed;
    }

    /**
     * Writes a new version unless nothing changed. An upload compares with the current version (so an
     * admin can bring back older content); the start-up import skips content that was imported before
     * in any version, so restarting never undoes an admin's upload.
     */
    public Written write(CourseDefinition def, String actor, boolean skipKnownContent) {
        Course course = em.createQuery("select c from Course c where c.code = :c", Course.class)
                .setParameter("c", def.code()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (course == null) {
            course = new Course(def.code());
            em.persist(course);
        }
        CourseVersion current = course.getCurrentVersion();
        if (current != null && current.getContentHash().equals(def.contentHash())) {
            return new Written(current.getVersionNo(), false);
        }
        if (current != null && skipKnownContent) {
            Integer known = em.createQuery("select max(v.versionNo) from CourseVersion v where v.course = :c "
                    + "and v.contentHash = :h", Integer.class)
                    .setParameter("c", course).setParameter("h", def.contentHash()).getSingleResult();
            if (known != null) {
                return new Written(current.getVersionNo(), false);
            }
        }
        int versionNo = current == null ? 1 : current.getVersionNo() + 1;
        CourseVersion version = new CourseVersion(course, versionNo, def.contentHash(), def.title().zh(),
                def.title().en(), def.summary().zh(), def.summary().en(), def.validityMonths(), rules(def),
                LocalDateTime.now(clock), actor);
        version.getSkills().addAll(em.createQuery("select s from Skill s where s.code in :codes", Skill.class)
                .setParameter("codes", def.skills()).getResultList());
        em.persist(version);
        int position = 0;
        for (LessonDef l : def.lessons()) {
            em.persist(new Lesson(version, l.key(), ++position, l.title().zh(), l.title().en(), l.minutes(),
                    l.html().zh(), l.html().en()));
        }
        position = 0;
        for (QuestionDef q : def.questions()) {
            Question question = new Question(version, q.key(), ++position, q.type(), q.text().zh(), q.text().en(),
                    q.explanation().zh(), q.explanation().en(), q.answer());
            em.persist(question);
            int optionPosition = 0;
            for (OptionDef o : q.options()) {
                em.persist(new QuestionOption(question, o.key(), ++optionPosition, o.text().zh(), o.text().en(),
                        o.correct()));
            }
        }
        for (CheckDef c : def.checks()) {
            writeCheck(version, c);
        }
        course.setCurrentVersion(version);
        em.flush();
        return new Written(versionNo, true);
    }

    private void writeCheck(CourseVersion version, CheckDef c) {
        SkillCheck check = new SkillCheck(version, c.key(), c.title().zh(), c.title().en(), c.instructions().zh(),
                c.instructions().en(), lines(c.equipment(), true), lines(c.equipment(), false), c.scoring(),
                c.passMinPercent(), c.allCritical(), c.secondAssessor(), c.criticalMinLevel());
        em.persist(check);
        int position = 0;
        for (ItemDef i : c.items()) {
            em.persist(new CheckItem(check, i.key(), ++position, i.text().zh(), i.text().en(), i.critical(),
                    i.points()));
        }
        for (LevelDef level : c.levels()) {
            em.persist(new RubricLevel(check, level.value(), level.label().zh(), level.label().en()));
        }
    }

    private static CourseRules rules(CourseDefinition def) {
        return new CourseRules(def.quiz().passPercent(), def.quiz().questionsPerAttempt(), def.quiz().maxAttempts(),
                def.quiz().timeLimitMinutes(), def.completion().allLessons(), def.completion().quiz(),
                def.completion().checks(), def.refresher().lessons(), def.refresher().passPercent(),
                def.refresher().questionsPerAttempt(), def.refresher().checks());
    }

    private static String lines(List<Bilingual> items, boolean zh) {
        return items.stream().map(b -> (zh ? b.zh() : b.en()).replace('\n', ' ')).collect(Collectors.joining("\n"));
    }
}
