package cn.gongzhuling.academy.catalog.control;

import cn.gongzhuling.academy.catalog.entity.QuestionType;
import cn.gongzhuling.academy.catalog.entity.Scoring;
import java.util.List;

/** A course as read and validated from its folder, before it becomes entities. */
public record CourseDefinition(
        String code, Bilingual title, Bilingual summary, List<String> skills, int validityMonths,
        List<LessonDef> lessons, Quiz quiz, Completion completion, Refresher refresher,
        List<QuestionDef> questions, List<CheckDef> checks, String contentHash) {

    public record Quiz(int passPercent, int questionsPerAttempt, int maxAttempts, int timeLimitMinutes) {
    }

    public record Completion(boolean allLessons, boolean quiz, List<String> checks) {
    }

    public record Refresher(List<String> lessons, int passPercent, int questionsPerAttempt, List<String> checks) {
    }

    public record LessonDef(String key, Bilingual title, int minutes, Bilingual html) {
    }

    public record OptionDef(String key, Bilingual text, boolean correct) {
    }

    public record QuestionDef(String key, QuestionType type, Bilingual text, List<OptionDef> options,
                              Boolean answer, Bilingual explanation) {
    }

    public record ItemDef(String key, Bilingual text, boolean critical, int points) {
    }

    public record LevelDef(int value, Bilingual label) {
    }

    public record CheckDef(String key, Bilingual title, Bilingual instructions, List<Bilingual> equipment,
                           Scoring scoring, int passMinPercent, boolean allCritical, boolean secondAssessor,
                           Integer criticalMinLevel, List<LevelDef> levels, List<ItemDef> items) {
    }

    public record SkillDef(String code, Bilingual name, Bilingual description) {
    }
}
