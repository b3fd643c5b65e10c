package cn.gongzhuling.academy.catalog.control;

import static cn.gongzhuling.academy.catalog.control.CourseFiles.edit;
import static cn.gongzhuling.academy.catalog.control.CourseFiles.hasProblem;
import static cn.gongzhuling.academy.catalog.control.CourseFiles.lineOf;
import static cn.gongzhuling.academy.catalog.control.CourseFiles.minimalCourse;
import static cn.gongzhuling.academy.catalog.control.CourseFiles.onlyProblem;
import static cn.gongzhuling.academy.catalog.control.CourseFiles.put;
import static cn.gongzhuling.academy.catalog.control.CourseFiles.read;
import static cn.gongzhuling.academy.catalog.control.CourseFiles.refused;
import static cn.gongzhuling.academy.catalog.control.CourseFiles.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.catalog.control.CourseDefinition.CheckDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.QuestionDef;
import cn.gongzhuling.academy.catalog.entity.QuestionType;
import cn.gongzhuling.academy.catalog.entity.Scoring;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a course author sees when a course folder is wrong: every test breaks one
 * thing in a copy of the valid fixture course and asserts the exact problem (key,
 * file, line, field, arguments) and that nothing is imported.
 */
class CourseReaderTest {

    private static final String MANIFEST = "course.yaml";
    private static final String QUESTIONS = "questions.yaml";
    private static final String LESSON_ZH = "lessons/01-basics.zh.md";
    private static final String CHECKLIST = "checks/basic-steps.yaml";
    private static final String RUBRIC = "checks/role-play.yaml";

    @Test
    void fixtureCourseReadsCleanly() {
        Map<String, byte[]> files = minimalCourse();
        CourseReader.Result result = read(files);
        assertTrue(result.problems().isEmpty(), () -> CourseFiles.describe(result.problems()));
        CourseDefinition course = result.course();
        assertNotNull(course);
        assertEquals("TEST-MIN", course.code());
        assertEquals(new Bilingual("测试课程", "Test course"), course.title());
        assertEquals(List.of("CPR"), course.skills());
        assertEquals(12, course.validityMonths());
        assertEquals(List.of("01-basics", "02-practice"), course.lessons().stream().map(l -> l.key()).toList());
        assertEquals(new Bilingual("基础知识", "The basics"), course.lessons().get(0).title());
        assertEquals(15, course.lessons().get(1).minutes());
        assertTrue(course.lessons().get(1).html().en().contains("<table>"), course.lessons().get(1).html().en());
        assertEquals(new CourseDefinition.Quiz(75, 3, 2, 10), course.quiz());
        assertEquals(new CourseDefinition.Completion(true, true, List.of("basic-steps", "role-play")),
                course.completion());
        assertEquals(new CourseDefinition.Refresher(List.of("02-practice"), 75, 2, List.of("basic-steps")),
                course.refresher());

        assertEquals(4, course.questions().size());
        QuestionDef single = course.questions().get(0);
        assertEquals(QuestionType.SINGLE, single.type());
        assertEquals(List.of(true, false, false), single.options().stream().map(o -> o.correct()).toList());
        QuestionDef trueFalse = course.questions().get(2);
        assertEquals(QuestionType.TRUEFALSE, trueFalse.type());
        assertEquals(Boolean.FALSE, trueFalse.answer());
        assertTrue(trueFalse.options().isEmpty());

        assertEquals(List.of("basic-steps", "role-play"), course.checks().stream().map(CheckDef::key).toList());
        CheckDef checklist = course.checks().get(0);
        assertEquals(Scoring.CHECKLIST, checklist.scoring());
        assertEquals(List.of(2, 1), checklist.items().stream().map(i -> i.points()).toList(), "points default to 1");
        assertNull(checklist.criticalMinLevel());
        CheckDef rubric = course.checks().get(1);
        assertEquals(Scoring.RUBRIC, rubric.scoring());
        assertEquals(List.of(0, 1, 2), rubric.levels().stream().map(l -> l.value()).toList());
        assertEquals(1, rubric.criticalMinLevel());
        assertTrue(rubric.secondAssessor());
        assertEquals(70, rubric.passMinPercent());

        assertEquals(ContentHash.of(files), course.contentHash());
    }

    @Nested
    class Manifest {

        @Test
        void malformedYamlNamesTheLine() {
            String yaml = edit(files, MANIFEST, "  en: Test course\n", "  en: Test course: the basics\n");
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "Test course: the basics"), "",
                    "catalog.error.yaml");
            assertTrue(String.valueOf(p.args()[0]).contains("mapping values are not allowed"), p.args()[0]::toString);
        }

        @Test
        void unclosedFlowListIsASyntaxError() {
            // SnakeYAML notices the unclosed '[' on the next line.
            String yaml = edit(files, MANIFEST, "skills: [CPR]\n", "skills: [CPR\n");
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "certificate:"), "", "catalog.error.yaml");
            assertNotNull(p.args()[0]);
        }

        @Test
        void duplicateKeyIsASyntaxError() {
            String yaml = edit(files, MANIFEST, "code: TEST-MIN\n", "code: TEST-MIN\ncode: TEST-OTHER\n");
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "code: TEST-OTHER"), "", "catalog.error.yaml");
            assertArrayEquals(new Object[] {"found duplicate key code"}, p.args());
        }

        @Test
        void nestedDuplicateKeyIsASyntaxError() {
            String yaml = edit(files, MANIFEST, "  maxAttempts: 2\n", "  maxAttempts: 2\n  passPercent: 60\n");
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "passPercent: 60"), "", "catalog.error.yaml");
            assertArrayEquals(new Object[] {"found duplicate key passPercent"}, p.args());
        }

        @Test
        void missingManifest() {
            files.remove(MANIFEST);
            Problem p = onlyProblem(read(files), MANIFEST, 0, "", "catalog.error.fileMissing");
            assertArrayEquals(new Object[] {MANIFEST}, p.args());
        }

        @Test
        void manifestThatIsNotAMapping() {
            put(files, MANIFEST, "- just\n- a list\n");
            onlyProblem(read(files), MANIFEST, 1, "", "catalog.error.notMapping");
        }

        @Test
        void unknownSkillCode() {
            String yaml = edit(files, MANIFEST, "skills: [CPR]", "skills: [CPR, FLYING]");
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "skills:"), "skills",
                    "catalog.error.unknownSkill");
            assertArrayEquals(new Object[] {"FLYING"}, p.args());
        }

        @Test
        void titleWithoutEnglish() {
            String yaml = edit(files, MANIFEST, "  en: Test course\n", "");
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "  zh: 测试课程"), "title.en",
                    "catalog.error.languageMissing");
            assertArrayEquals(new Object[] {"en"}, p.args());
        }

        @Test
        void summaryWithoutChinese() {
            String yaml = edit(files, MANIFEST, "  zh: 用于导入测试的最小课程。\n", "");
            onlyProblem(read(files), MANIFEST, lineOf(yaml, "  en: The smallest"), "summary.zh",
                    "catalog.error.languageMissing");
        }

        @Test
        void titleAsPlainStringInsteadOfBothLanguages() {
            String yaml = edit(files, MANIFEST, "title:\n  zh: 测试课程\n  en: Test course\n", "title: 测试课程\n");
            onlyProblem(read(files), MANIFEST, lineOf(yaml, "title:"), "title", "catalog.error.bilingual");
        }

        @Test
        void unknownExtraField() {
            String yaml = edit(files, MANIFEST, "skills: [CPR]\n", "skills: [CPR]\nauthor: 张三\n");
            onlyProblem(read(files), MANIFEST, lineOf(yaml, "author:"), "author", "catalog.error.unknownField");
        }

        @Test
        void misspeltTopLevelFieldIsUnknownAndTheRealOneMissing() {
            String yaml = edit(files, MANIFEST, "summary:", "sumary:");
            List<Problem> problems = refused(read(files));
            assertEquals(2, problems.size(), () -> CourseFiles.describe(problems));
            hasProblem(problems, MANIFEST, lineOf(yaml, "sumary:"), "sumary", "catalog.error.unknownField");
            hasProblem(problems, MANIFEST, lineOf(yaml, "code:"), "summary", "catalog.error.required");
        }

        @Test
        void misspeltQuizField() {
            String yaml = edit(files, MANIFEST, "  passPercent: 75\n  questionsPerAttempt: 3",
                    "  passPercnt: 75\n  questionsPerAttempt: 3");
            List<Problem> problems = refused(read(files));
            assertEquals(2, problems.size(), () -> CourseFiles.describe(problems));
            hasProblem(problems, MANIFEST, lineOf(yaml, "passPercnt"), "quiz.passPercnt", "catalog.error.unknownField");
            hasProblem(problems, MANIFEST, lineOf(yaml, "passPercnt"), "quiz.passPercent", "catalog.error.required");
        }

        /** An author copying the quiz block into the refresher would expect maxAttempts to apply there. */
        @Test
        void fieldTheRefresherQuizDoesNotHave() {
            String yaml = edit(files, MANIFEST, "    questionsPerAttempt: 2\n",
                    "    questionsPerAttempt: 2\n    maxAttempts: 1\n");
            onlyProblem(read(files), MANIFEST, lineOf(yaml, "    maxAttempts: 1"), "refresher.quiz.maxAttempts",
                    "catalog.error.unknownField");
        }

        @Test
        void misspeltCertificateField() {
            String yaml = edit(files, MANIFEST, "  validityMonths: 12\n",
                    "  validityMonths: 12\n  validityYears: 2\n");
            onlyProblem(read(files), MANIFEST, lineOf(yaml, "validityYears"), "certificate.validityYears",
                    "catalog.error.unknownField");
        }

        @Test
        void codeInWrongFormat() {
            String yaml = edit(files, MANIFEST, "code: TEST-MIN", "code: test min");
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "code:"), "code", "catalog.error.code");
            assertArrayEquals(new Object[] {"test min"}, p.args());
        }

        @Test
        void questionsPerAttemptLargerThanTheBank() {
            String yaml = edit(files, MANIFEST, "  questionsPerAttempt: 3", "  questionsPerAttempt: 9");
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "questionsPerAttempt: 9"),
                    "quiz.questionsPerAttempt", "catalog.error.bankTooSmall");
            assertArrayEquals(new Object[] {9, 4}, p.args());
        }

        @Test
        void refresherQuestionsPerAttemptLargerThanTheBank() {
            String yaml = edit(files, MANIFEST, "    questionsPerAttempt: 2", "    questionsPerAttempt: 5");
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "questionsPerAttempt: 5"),
                    "refresher.quiz.questionsPerAttempt", "catalog.error.bankTooSmall");
            assertArrayEquals(new Object[] {5, 4}, p.args());
        }

        @Test
        void passPercentOutOfRange() {
            String yaml = edit(files, MANIFEST, "  passPercent: 75\n  questionsPerAttempt: 3",
                    "  passPercent: 180\n  questionsPerAttempt: 3");
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "passPercent: 180"), "quiz.passPercent",
                    "catalog.error.range");
            assertArrayEquals(new Object[] {1, 100}, p.args());
        }

        @Test
        void validityNotANumber() {
            String yaml = edit(files, MANIFEST, "validityMonths: 12", "validityMonths: two years");
            onlyProblem(read(files), MANIFEST, lineOf(yaml, "validityMonths"), "certificate.validityMonths",
                    "catalog.error.integer");
        }

        @Test
        void completionNamesACheckThatDoesNotExist() {
            String yaml = edit(files, MANIFEST, "checks: [basic-steps, role-play]",
                    "checks: [basic-steps, role-play, bandaging]");
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "  allLessons"), "completion.checks",
                    "catalog.error.unknownCheck");
            assertArrayEquals(new Object[] {"bandaging"}, p.args());
        }

        @Test
        void refresherNamesALessonNotInTheCourse() {
            String yaml = edit(files, MANIFEST, "lessons: [02-practice]", "lessons: [03-advanced]");
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "lessons: [03-advanced]"),
                    "refresher.lessons", "catalog.error.unknownLesson");
            assertArrayEquals(new Object[] {"03-advanced"}, p.args());
        }

        @Test
        void titleOverTheLengthLimit() {
            String longTitle = "A".repeat(201);
            String yaml = edit(files, MANIFEST, "  en: Test course\n", "  en: " + longTitle + "\n");
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, longTitle), "title.en",
                    "catalog.error.tooLong");
            assertArrayEquals(new Object[] {200}, p.args());
        }

        @Test
        void titleAtTheLengthLimitIsFine() {
            edit(files, MANIFEST, "  zh: 测试课程\n", "  zh: " + "课".repeat(200) + "\n");
            assertTrue(read(files).ok());
        }

        @Test
        void manifestNotUtf8() {
            files.put(MANIFEST, text(files, MANIFEST).getBytes(Charset.forName("GBK")));
            onlyProblem(read(files), MANIFEST, 0, "", "catalog.error.encoding");
        }

        private final Map<String, byte[]> files = minimalCourse();
    }

    @Nested
    class Lessons {

        private final Map<String, byte[]> files = minimalCourse();

        @Test
        void referencedLessonFileMissingNamesThePathAndTheManifestLine() {
            files.remove("lessons/02-practice.en.md");
            String yaml = text(files, MANIFEST);
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "  - 02-practice"), "lessons",
                    "catalog.error.fileMissing");
            assertEquals(14, p.line());
            assertArrayEquals(new Object[] {"lessons/02-practice.en.md"}, p.args());
        }

        @Test
        void bothLanguagesOfALessonMissing() {
            String yaml = edit(files, MANIFEST, "  - 02-practice\n", "  - 02-practice\n  - 03-advanced\n");
            List<Problem> problems = refused(read(files));
            assertEquals(2, problems.size(), () -> CourseFiles.describe(problems));
            Problem zh = hasProblem(problems, MANIFEST, lineOf(yaml, "03-advanced"), "lessons",
                    "catalog.error.fileMissing");
            assertArrayEquals(new Object[] {"lessons/03-advanced.zh.md"}, zh.args());
            assertArrayEquals(new Object[] {"lessons/03-advanced.en.md"}, problems.get(1).args());
        }

        @Test
        void duplicateLessonIdNamesTheSecondEntry() {
            String yaml = edit(files, MANIFEST, "  - 02-practice\n", "  - 02-practice\n  - 01-basics\n");
            int repeated = lineOf(yaml, "  - 02-practice\n  - 01-basics") + 1;
            Problem p = onlyProblem(read(files), MANIFEST, repeated, "lessons", "catalog.error.duplicateId");
            assertEquals(15, p.line());
            assertArrayEquals(new Object[] {"01-basics"}, p.args());
        }

        @Test
        void lessonIdInWrongFormat() {
            String yaml = edit(files, MANIFEST, "  - 02-practice\n", "  - 02-practice\n  - ../secret\n");
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "../secret"), "lessons",
                    "catalog.error.lessonId");
            assertArrayEquals(new Object[] {"../secret"}, p.args());
        }

        @Test
        void emptyLessonList() {
            String yaml = edit(files, MANIFEST, "lessons:\n  - 01-basics\n  - 02-practice\n", "lessons: []\n");
            edit(files, MANIFEST, "  lessons: [02-practice]\n", "  lessons: []\n");
            onlyProblem(read(files), MANIFEST, lineOf(yaml, "lessons: []"), "lessons", "catalog.error.emptyList");
        }

        @Test
        void frontMatterMissing() {
            edit(files, LESSON_ZH, "---\ntitle: 基础知识\nminutes: 10\n---\n", "# 基础知识\n");
            onlyProblem(read(files), LESSON_ZH, 1, "front matter", "catalog.error.frontMatterMissing");
        }

        @Test
        void frontMatterNotClosed() {
            edit(files, LESSON_ZH, "minutes: 10\n---\n", "minutes: 10\n");
            onlyProblem(read(files), LESSON_ZH, 1, "front matter", "catalog.error.frontMatterUnclosed");
        }

        @Test
        void emptyFrontMatterIsClosedButEmpty() {
            edit(files, LESSON_ZH, "---\ntitle: 基础知识\nminutes: 10\n---\n", "---\n---\n");
            onlyProblem(read(files), LESSON_ZH, 2, "front matter", "catalog.error.notMapping");
        }

        @Test
        void frontMatterInvalidYamlNamesTheFileLine() {
            String text = edit(files, LESSON_ZH, "title: 基础知识\n", "title: 第一课: 基础知识\n");
            Problem p = onlyProblem(read(files), LESSON_ZH, lineOf(text, "title:"), "front matter",
                    "catalog.error.yaml");
            assertEquals(2, p.line());
            assertTrue(String.valueOf(p.args()[0]).contains("mapping values are not allowed"), p.args()[0]::toString);
        }

        @Test
        void frontMatterDuplicateKeyNamesTheFileLine() {
            String text = edit(files, LESSON_ZH, "minutes: 10\n", "minutes: 10\ntitle: 另一个标题\n");
            Problem p = onlyProblem(read(files), LESSON_ZH, lineOf(text, "title: 另一个标题"), "front matter",
                    "catalog.error.yaml");
            assertEquals(4, p.line());
            assertArrayEquals(new Object[] {"found duplicate key title"}, p.args());
        }

        @Test
        void frontMatterWithoutTitle() {
            edit(files, LESSON_ZH, "title: 基础知识\n", "");
            onlyProblem(read(files), LESSON_ZH, 2, "title", "catalog.error.required");
        }

        @Test
        void frontMatterMinutesOutOfRangeNamesTheFileLine() {
            String text = edit(files, LESSON_ZH, "minutes: 10", "minutes: 0");
            Problem p = onlyProblem(read(files), LESSON_ZH, lineOf(text, "minutes: 0"), "minutes",
                    "catalog.error.range");
            assertEquals(3, p.line());
            assertArrayEquals(new Object[] {1, 240}, p.args());
        }

        @Test
        void frontMatterUnknownField() {
            String text = edit(files, LESSON_ZH, "minutes: 10\n", "minutes: 10\nauthor: 李四\n");
            onlyProblem(read(files), LESSON_ZH, lineOf(text, "author:"), "author", "catalog.error.unknownField");
        }

        @Test
        void emptyBody() {
            String text = text(files, LESSON_ZH);
            put(files, LESSON_ZH, text.substring(0, text.indexOf("---\n", 4) + 4) + "\n  \n");
            onlyProblem(read(files), LESSON_ZH, 1, "body", "catalog.error.emptyLesson");
        }

        @Test
        void minutesDifferBetweenLanguages() {
            edit(files, "lessons/01-basics.en.md", "minutes: 10", "minutes: 12");
            onlyProblem(read(files), "lessons/01-basics.en.md", 0, "minutes", "catalog.error.minutesDiffer");
        }

        @Test
        void lessonTitleOverTheLengthLimit() {
            edit(files, LESSON_ZH, "title: 基础知识", "title: " + "长".repeat(201));
            Problem p = onlyProblem(read(files), LESSON_ZH, 2, "title", "catalog.error.tooLong");
            assertArrayEquals(new Object[] {200}, p.args());
        }

        @Test
        void lessonNotUtf8() {
            files.put(LESSON_ZH, text(files, LESSON_ZH).getBytes(Charset.forName("GBK")));
            onlyProblem(read(files), LESSON_ZH, 0, "", "catalog.error.encoding");
        }

        @Test
        void latin1EnglishLessonIsNotUtf8() {
            String path = "lessons/01-basics.en.md";
            edit(files, path, "Make sure", "Café owners: make sure");
            files.put(path, text(files, path).getBytes(StandardCharsets.ISO_8859_1));
            onlyProblem(read(files), path, 0, "", "catalog.error.encoding");
        }

        @Test
        void byteOrderMarkAndWindowsLineEndingsAreAccepted() {
            String text = "\uFEFF" + text(files, LESSON_ZH).replace("\n", "\r\n");
            put(files, LESSON_ZH, text);
            CourseReader.Result result = read(files);
            assertTrue(result.ok(), () -> CourseFiles.describe(result.problems()));
            assertEquals("基础知识", result.course().lessons().get(0).title().zh());
        }
    }

    @Nested
    class Questions {

        private final Map<String, byte[]> files = minimalCourse();

        @Test
        void duplicateQuestionId() {
            String yaml = edit(files, QUESTIONS, "  - id: q4\n", "  - id: q1\n");
            int secondQ1 = lineOf(yaml, "  - id: q1\n    type: single\n    text: {zh: 成人");
            Problem p = onlyProblem(read(files), QUESTIONS, secondQ1, "questions[3].id", "catalog.error.duplicateId");
            assertArrayEquals(new Object[] {"q1"}, p.args());
        }

        @Test
        void singleChoiceWithoutACorrectOption() {
            String yaml = edit(files, QUESTIONS, "en: Check that the scene is safe, correct: true}",
                    "en: Check that the scene is safe}");
            Problem p = onlyProblem(read(files), QUESTIONS, lineOf(yaml, "{id: a, zh: 确认现场安全"),
                    "question q1.options", "catalog.error.singleCorrect");
            assertArrayEquals(new Object[] {0L}, p.args());
        }

        @Test
        void singleChoiceWithTwoCorrectOptions() {
            String yaml = edit(files, QUESTIONS, "en: Leave at once}", "en: Leave at once, correct: true}");
            Problem p = onlyProblem(read(files), QUESTIONS, lineOf(yaml, "{id: a, zh: 确认现场安全"),
                    "question q1.options", "catalog.error.singleCorrect");
            assertArrayEquals(new Object[] {2L}, p.args());
        }

        @Test
        void multipleChoiceWithOnlyOneCorrect() {
            String yaml = edit(files, QUESTIONS, "en: Ask a bystander to fetch an AED, correct: true}",
                    "en: Ask a bystander to fetch an AED}");
            Problem p = onlyProblem(read(files), QUESTIONS, lineOf(yaml, "{id: a, zh: 拨打 120"),
                    "question q2.options", "catalog.error.multipleCorrect");
            assertArrayEquals(new Object[] {1L}, p.args());
        }

        @Test
        void singleChoiceWithOneOption() {
            String yaml = edit(files, QUESTIONS, "      - {id: a, zh: 每分钟 60–80 次, en: 60–80 per minute}\n", "");
            Problem p = onlyProblem(read(files), QUESTIONS, lineOf(yaml, "{id: b, zh: 每分钟 100–120 次"),
                    "question q4.options", "catalog.error.optionCount");
            assertArrayEquals(new Object[] {2, 6}, p.args());
        }

        @Test
        void duplicateOptionId() {
            String yaml = edit(files, QUESTIONS, "{id: c, zh: 等待别人", "{id: b, zh: 等待别人");
            Problem p = onlyProblem(read(files), QUESTIONS, lineOf(yaml, "{id: b, zh: 等待别人"),
                    "question q1.options[2].id", "catalog.error.duplicateId");
            assertArrayEquals(new Object[] {"b"}, p.args());
        }

        @Test
        void optionWithoutEnglish() {
            String yaml = edit(files, QUESTIONS, "{id: c, zh: 等待别人, en: Wait for someone else}",
                    "{id: c, zh: 等待别人}");
            Problem p = onlyProblem(read(files), QUESTIONS, lineOf(yaml, "{id: c, zh: 等待别人}"),
                    "question q1.options[2].en", "catalog.error.languageMissing");
            assertArrayEquals(new Object[] {"en"}, p.args());
        }

        @Test
        void unknownQuestionType() {
            String yaml = edit(files, QUESTIONS, "    type: truefalse", "    type: yesno");
            Problem p = onlyProblem(read(files), QUESTIONS, lineOf(yaml, "type: yesno"), "question q3.type",
                    "catalog.error.questionType");
            assertArrayEquals(new Object[] {"yesno"}, p.args());
        }

        @Test
        void trueFalseWithoutAnswer() {
            String yaml = edit(files, QUESTIONS, "    answer: false\n", "");
            onlyProblem(read(files), QUESTIONS, lineOf(yaml, "  - id: q3"), "question q3.answer",
                    "catalog.error.required");
        }

        @Test
        void questionWithoutExplanation() {
            String yaml = edit(files, QUESTIONS, "    explanation: {zh: 每分钟 100–120 次。, en: 100–120 per minute.}\n",
                    "");
            onlyProblem(read(files), QUESTIONS, lineOf(yaml, "  - id: q4"), "question q4.explanation",
                    "catalog.error.required");
        }

        @Test
        void questionTextOverTheLengthLimit() {
            String longText = "x".repeat(2001);
            String yaml = edit(files, QUESTIONS, "en: \"What is the first step?\"}", "en: " + longText + "}");
            Problem p = onlyProblem(read(files), QUESTIONS, lineOf(yaml, longText), "question q1.text.en",
                    "catalog.error.tooLong");
            assertArrayEquals(new Object[] {2000}, p.args());
        }

        /** The README's own flow-style example ends an unquoted English question with "?}", which YAML refuses. */
        @Test
        void questionMarkAtTheEndOfAFlowMappingNeedsQuotes() {
            String yaml = edit(files, QUESTIONS, "en: \"What is the first step?\"}", "en: What is the first step?}");
            Problem p = onlyProblem(read(files), QUESTIONS, lineOf(yaml, "What is the first step?}"), "",
                    "catalog.error.yaml");
            assertTrue(String.valueOf(p.args()[0]).contains("expected ',' or '}'"), p.args()[0]::toString);
        }

        @Test
        void missingQuestionBank() {
            files.remove(QUESTIONS);
            Problem p = onlyProblem(read(files), QUESTIONS, 0, "", "catalog.error.fileMissing");
            assertArrayEquals(new Object[] {QUESTIONS}, p.args());
        }

        @Test
        void questionBankNotUtf8() {
            files.put(QUESTIONS, text(files, QUESTIONS).getBytes(Charset.forName("GBK")));
            onlyProblem(read(files), QUESTIONS, 0, "", "catalog.error.encoding");
        }
    }

    @Nested
    class Checks {

        private final Map<String, byte[]> files = minimalCourse();

        @Test
        void criticalItemWithoutText() {
            String yaml = edit(files, CHECKLIST, "    text: {zh: 确认现场安全, en: Checks that the scene is safe}\n", "");
            onlyProblem(read(files), CHECKLIST, lineOf(yaml, "- id: scene-safety"), "item scene-safety.text",
                    "catalog.error.required");
        }

        @Test
        void criticalItemWithBlankText() {
            String yaml = edit(files, CHECKLIST, "{zh: 确认现场安全, en: Checks that the scene is safe}",
                    "{zh: 确认现场安全, en: \"  \"}");
            List<Problem> problems = refused(read(files));
            hasProblem(problems, CHECKLIST, lineOf(yaml, "{zh: 确认现场安全"), "item scene-safety.text.en",
                    "catalog.error.languageMissing");
            assertTrue(problems.stream().allMatch(p -> p.file().equals(CHECKLIST)
                    && p.field().startsWith("item scene-safety.text.en")), () -> CourseFiles.describe(problems));
        }

        @Test
        void checkIdDifferentFromFileName() {
            String yaml = edit(files, RUBRIC, "id: role-play\n", "id: roleplay\n");
            Problem p = onlyProblem(read(files), RUBRIC, lineOf(yaml, "id: roleplay"), "id",
                    "catalog.error.checkIdFile");
            assertArrayEquals(new Object[] {"roleplay", "role-play"}, p.args());
        }

        @Test
        void rubricWithoutLevels() {
            edit(files, RUBRIC, """
                    levels:
                      - {value: 0, zh: 未做到, en: Not shown}
                      - {value: 1, zh: 部分做到, en: Partly}
                      - {value: 2, zh: 熟练做到, en: Fully}
                    """, "");
            onlyProblem(read(files), RUBRIC, 1, "levels", "catalog.error.required");
        }

        @Test
        void rubricWithOneLevel() {
            edit(files, RUBRIC, "  - {value: 0, zh: 未做到, en: Not shown}\n", "");
            String yaml = edit(files, RUBRIC, "  - {value: 2, zh: 熟练做到, en: Fully}\n", "");
            onlyProblem(read(files), RUBRIC, lineOf(yaml, "  - {value: 1"), "levels", "catalog.error.levelCount");
        }

        @Test
        void rubricWithAnEmptyLevelList() {
            String yaml = text(files, RUBRIC).replaceAll("levels:\n(  - .*\n)+", "levels: []\n");
            put(files, RUBRIC, yaml);
            onlyProblem(read(files), RUBRIC, lineOf(yaml, "levels: []"), "levels", "catalog.error.levelCount");
        }

        @Test
        void rubricCriticalMinLevelNotALevel() {
            String yaml = edit(files, RUBRIC, "criticalMinLevel: 1", "criticalMinLevel: 3");
            onlyProblem(read(files), RUBRIC, lineOf(yaml, "criticalMinLevel"), "criticalMinLevel",
                    "catalog.error.levelUnknown");
        }

        @Test
        void duplicateLevelValue() {
            String yaml = edit(files, RUBRIC, "{value: 2, zh: 熟练做到", "{value: 1, zh: 熟练做到");
            Problem p = onlyProblem(read(files), RUBRIC, lineOf(yaml, "{value: 1, zh: 熟练做到"), "levels[2].value",
                    "catalog.error.duplicateId");
            assertArrayEquals(new Object[] {1}, p.args());
        }

        @Test
        void unknownScoring() {
            String yaml = edit(files, CHECKLIST, "scoring: checklist", "scoring: points");
            Problem p = onlyProblem(read(files), CHECKLIST, lineOf(yaml, "scoring:"), "scoring",
                    "catalog.error.scoring");
            assertArrayEquals(new Object[] {"points"}, p.args());
        }

        @Test
        void duplicateItemId() {
            String yaml = edit(files, CHECKLIST, "- id: call-help", "- id: scene-safety");
            Problem p = onlyProblem(read(files), CHECKLIST, lineOf(yaml, "- id: scene-safety\n    text: {zh: 呼救"),
                    "items[1].id", "catalog.error.duplicateId");
            assertArrayEquals(new Object[] {"scene-safety"}, p.args());
        }

        @Test
        void emptyItemList() {
            String yaml = text(files, CHECKLIST);
            put(files, CHECKLIST, yaml.substring(0, yaml.indexOf("items:")) + "items: []\n");
            onlyProblem(read(files), CHECKLIST, 1, "items", "catalog.error.emptyList");
        }

        @Test
        void criticalNotABoolean() {
            String yaml = edit(files, CHECKLIST, "    critical: true\n", "    critical: yes please\n");
            onlyProblem(read(files), CHECKLIST, lineOf(yaml, "critical: yes"), "item scene-safety.critical",
                    "catalog.error.boolean");
        }

        @Test
        void misspeltItemField() {
            String yaml = edit(files, CHECKLIST, "    critical: true\n", "    crtical: true\n");
            onlyProblem(read(files), CHECKLIST, lineOf(yaml, "crtical"), "items[0].crtical",
                    "catalog.error.unknownField");
        }

        @Test
        void instructionsOverTheLengthLimit() {
            String longText = "说".repeat(20001);
            String yaml = edit(files, CHECKLIST, "  zh: 考生独立完成以下步骤，考官逐项打勾。", "  zh: " + longText);
            Problem p = onlyProblem(read(files), CHECKLIST, lineOf(yaml, longText), "instructions.zh",
                    "catalog.error.tooLong");
            assertArrayEquals(new Object[] {20000}, p.args());
        }

        @Test
        void secondItemsListIsNotSilentlyIgnored() {
            String yaml = text(files, CHECKLIST) + "items:\n  - id: extra\n    text: {zh: 额外, en: Extra}\n";
            put(files, CHECKLIST, yaml);
            Problem p = onlyProblem(read(files), CHECKLIST, lineOf(yaml, "items:\n  - id: extra"), "",
                    "catalog.error.yaml");
            assertArrayEquals(new Object[] {"found duplicate key items"}, p.args());
        }

        @Test
        void duplicateKeyInsideAnItem() {
            String yaml = edit(files, CHECKLIST, "    points: 2\n", "    points: 2\n    critical: false\n");
            onlyProblem(read(files), CHECKLIST, lineOf(yaml, "critical: false"), "", "catalog.error.yaml");
        }

        /** Only the broken file is reported: course.yaml still names an existing check file. */
        @Test
        void malformedCheckYaml() {
            String yaml = edit(files, RUBRIC, "scoring: rubric\n", "scoring: rubric\n  levels: oops\n");
            Problem p = onlyProblem(read(files), RUBRIC, lineOf(yaml, "  levels: oops"), "", "catalog.error.yaml");
            assertTrue(String.valueOf(p.args()[0]).contains("mapping values are not allowed"), p.args()[0]::toString);
        }

        @Test
        void checkNotUtf8() {
            files.put(RUBRIC, text(files, RUBRIC).getBytes(Charset.forName("GBK")));
            onlyProblem(read(files), RUBRIC, 0, "", "catalog.error.encoding");
        }

        @Test
        void completionStillReportsACheckFileThatIsMissing() {
            files.remove(RUBRIC);
            String yaml = text(files, MANIFEST);
            Problem p = onlyProblem(read(files), MANIFEST, lineOf(yaml, "  allLessons"), "completion.checks",
                    "catalog.error.unknownCheck");
            assertArrayEquals(new Object[] {"role-play"}, p.args());
        }
    }

    @Test
    void problemsInSeveralFilesAreAllReportedInOneRead() {
        Map<String, byte[]> files = minimalCourse();
        String manifest = edit(files, MANIFEST, "skills: [CPR]", "skills: [CPR, FLYING]");
        edit(files, LESSON_ZH, "---\ntitle: 基础知识\nminutes: 10\n---\n", "# 基础知识\n");
        edit(files, "lessons/02-practice.en.md", "minutes: 15", "minutes: 999");
        String questions = edit(files, QUESTIONS, "  - id: q4\n", "  - id: q1\n");
        String rubric = edit(files, RUBRIC, "id: role-play\n", "id: roleplay\n");
        String checklist = edit(files, CHECKLIST, "    text: {zh: 确认现场安全, en: Checks that the scene is safe}\n",
                "");

        List<Problem> problems = refused(read(files));
        assertEquals(6, problems.size(), () -> CourseFiles.describe(problems));
        hasProblem(problems, MANIFEST, lineOf(manifest, "skills:"), "skills", "catalog.error.unknownSkill");
        hasProblem(problems, LESSON_ZH, 1, "front matter", "catalog.error.frontMatterMissing");
        hasProblem(problems, "lessons/02-practice.en.md", 3, "minutes", "catalog.error.range");
        hasProblem(problems, QUESTIONS, lineOf(questions, "  - id: q1\n    type: single\n    text: {zh: 成人"),
                "questions[3].id", "catalog.error.duplicateId");
        hasProblem(problems, RUBRIC, lineOf(rubric, "id: roleplay"), "id", "catalog.error.checkIdFile");
        hasProblem(problems, CHECKLIST, lineOf(checklist, "- id: scene-safety"), "item scene-safety.text",
                "catalog.error.required");
    }

    @Test
    void problemsInOneFileAreAllReported() {
        Map<String, byte[]> files = minimalCourse();
        edit(files, MANIFEST, "  en: Test course\n", "");
        edit(files, MANIFEST, "  maxAttempts: 2", "  maxAttempts: 50");
        edit(files, MANIFEST, "validityMonths: 12", "validityMonths: 0");
        List<Problem> problems = refused(read(files));
        assertEquals(List.of("title.en", "certificate.validityMonths", "quiz.maxAttempts"),
                problems.stream().map(Problem::field).toList(), () -> CourseFiles.describe(problems));
        assertFalse(problems.stream().anyMatch(p -> !p.file().equals(MANIFEST)));
    }

    @Test
    void theCodeIsReportedEvenWhenTheCourseIsRefused() {
        Map<String, byte[]> files = minimalCourse();
        edit(files, RUBRIC, "id: role-play\n", "id: roleplay\n");
        CourseReader.Result result = read(files);
        assertNull(result.course());
        assertEquals("TEST-MIN", result.code());
    }
}
