package cn.gongzhuling.academy.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.catalog.control.CourseDefinition.CheckDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.LessonDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.QuestionDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.SkillDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The curricula shipped in courses/ (read from the project folder, as the start-up import
 * reads them) must import without a single problem, and carry enough content to teach.
 */
class RealCoursesTest {

    /** Maven runs the tests in the project base directory. */
    private static final Path COURSES = Path.of("courses");

    private static List<SkillDef> skills;
    private static Set<String> skillCodes;

    @BeforeAll
    static void readSkills() throws IOException {
        assertTrue(Files.isDirectory(COURSES), "run the tests from the project folder: no " + COURSES.toAbsolutePath());
        Problems problems = new Problems();
        skills = SkillsReader.read(Files.readAllBytes(COURSES.resolve(SkillsReader.FILE)), problems);
        assertTrue(problems.isEmpty(), () -> "skills.yaml:" + CourseFiles.describe(problems.list()));
        skillCodes = skills.stream().map(SkillDef::code).collect(Collectors.toSet());
    }

    @Test
    void skillsCatalogueReadsCleanly() {
        assertFalse(skills.isEmpty());
        assertEquals(skills.size(), skillCodes.size(), "skill codes are unique");
        assertTrue(skillCodes.containsAll(Set.of("CPR", "FIRST_AID", "MEDIATION", "ACTIVE_GOVERNANCE")),
                skillCodes::toString);
        for (SkillDef skill : skills) {
            assertTrue(skill.code().matches(SkillsReader.CODE_PATTERN), skill.code());
            assertBilingual(skill.name(), skill.code() + " name");
            assertBilingual(skill.description(), skill.code() + " description");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpr-first-aid", "dispute-mediation", "active-governance"})
    void realCourseReadsWithoutProblems(String folder) {
        CourseReader.Result result = new CourseReader(skillCodes).read(CourseFiles.readFolder(COURSES.resolve(folder)));
        assertTrue(result.problems().isEmpty(),
                () -> folder + " has problems:" + CourseFiles.describe(result.problems()));
        CourseDefinition course = result.course();
        assertNotNull(course);
        assertEquals(course.code(), result.code());
        assertTrue(course.code().matches(CourseReader.CODE_PATTERN), course.code());
        assertBilingual(course.title(), folder + " title");
        assertBilingual(course.summary(), folder + " summary");
        assertFalse(course.skills().isEmpty(), folder + " grants no skill");
        assertTrue(skillCodes.containsAll(course.skills()));

        assertTrue(course.lessons().size() >= 5, folder + ": " + course.lessons().size() + " lessons");
        for (LessonDef lesson : course.lessons()) {
            assertBilingual(lesson.title(), folder + " lesson " + lesson.key() + " title");
            assertBilingual(lesson.html(), folder + " lesson " + lesson.key() + " html");
            assertTrue(lesson.minutes() >= 1 && lesson.minutes() <= 240);
        }

        assertTrue(course.questions().size() >= 20, folder + ": " + course.questions().size() + " questions");
        for (QuestionDef q : course.questions()) {
            assertBilingual(q.text(), folder + " question " + q.key());
            assertBilingual(q.explanation(), folder + " question " + q.key() + " explanation");
        }
        assertTrue(course.quiz().questionsPerAttempt() <= course.questions().size());

        assertTrue(course.checks().size() >= 1, folder + " has no practical check");
        for (CheckDef check : course.checks()) {
            assertBilingual(check.title(), folder + " check " + check.key() + " title");
            assertBilingual(check.instructions(), folder + " check " + check.key() + " instructions");
            assertFalse(check.items().isEmpty());
            check.items().forEach(
                    i -> assertBilingual(i.text(), folder + " check " + check.key() + " item " + i.key()));
        }
        assertTrue(course.contentHash().matches("[0-9a-f]{64}"), course.contentHash());
    }

    /** Any course folder added later is held to the same standard, and course codes never collide. */
    @Test
    void everyCourseFolderReadsCleanlyWithUniqueCodes() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(COURSES)) {
            folders = list.filter(d -> Files.isRegularFile(d.resolve(CourseReader.MANIFEST))).sorted().toList();
        }
        assertTrue(folders.size() >= 3, folders::toString);
        Set<String> codes = new HashSet<>();
        for (Path folder : folders) {
            CourseReader.Result result = new CourseReader(skillCodes).read(CourseFiles.readFolder(folder));
            assertTrue(result.ok(), () -> folder + " has problems:" + CourseFiles.describe(result.problems()));
            assertTrue(codes.add(result.code()), "course code used twice: " + result.code());
        }
    }

    private static void assertBilingual(Bilingual text, String what) {
        assertNotNull(text, what);
        assertFalse(text.zh() == null || text.zh().isBlank(), what + " (zh) is blank");
        assertFalse(text.en() == null || text.en().isBlank(), what + " (en) is blank");
    }
}
