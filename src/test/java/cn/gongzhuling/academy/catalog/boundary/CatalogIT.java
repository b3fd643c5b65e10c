package cn.gongzhuling.academy.catalog.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.catalog.entity.CourseVersion;
import cn.gongzhuling.academy.catalog.entity.ImportOutcome;
import cn.gongzhuling.academy.catalog.entity.Lesson;
import cn.gongzhuling.academy.platform.boundary.Messages;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import cn.gongzhuling.academy.testsupport.TestCallerSource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue importer against the real database: the shipped courses import at start-up,
 * an edited lesson makes version 2 while version 1 stays as it was, unchanged content changes
 * nothing, a restart does not undo an upload, and a bad zip writes nothing but its history line.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogIT {

    private static final String CPR = "cpr-first-aid";

    @Deployment
    @TargetsContainer("payara-micro-catalog") // its own Payara JVM and data directory (arquillian.xml)
    static WebArchive deployment() {
        File war = new File(System.getProperty("app.war", "target/academy.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(CatalogIT.class, TestCallerSource.class);
    }

    @Inject
    CatalogImportService importer;

    @Inject
    CatalogService catalog;

    @Inject
    ServletContext context;

    @AfterEach
    void nobody() {
        TestCallerSource.actAs(null);
    }

    @Test
    @Order(1)
    void theThreeShippedCoursesAreInTheCatalogueInBothLanguages() {
        TestCallerSource.actAs("trainee");
        List<CourseVersion> courses = catalog.currentCourses();
        assertEquals(List.of("ACTIVE-GOV", "CPR-FA", "MEDIATION"),
                courses.stream().map(v -> v.getCourse().getCode()).sorted().toList());
        for (CourseVersion v : courses) {
            assertEquals(1, v.getVersionNo());
            assertFalse(v.title(Locale.ENGLISH).isBlank());
            assertFalse(v.title(Messages.ZH_CN).isBlank());
        }
        CourseVersion cpr = catalog.current("CPR-FA");
        assertTrue(cpr.getLessons().size() >= 5 && cpr.getQuestions().size() >= 20 && !cpr.getChecks().isEmpty());
        assertEquals(24, cpr.getValidityMonths());
        // the catalogue cards' lesson figures come from one aggregate; they match the lessons themselves
        CatalogService.LessonTotals totals = catalog.lessonTotals(courses).get(cpr.getId());
        assertEquals(cpr.getLessons().size(), totals.count());
        assertEquals(cpr.totalMinutes(), totals.minutes());
    }

    @Test
    @Order(2)
    void anEditedLessonBecomesVersionTwoAndVersionOneStaysAsItWas() throws IOException {
        TestCallerSource.actAs("admin");
        String v1Html = catalog.current("CPR-FA").getLessons().get(0).html(Messages.ZH_CN);

        byte[] edited = zip(CPR, "lessons/01-chain-of-survival.zh.md",
                "\n\n## 补充\n\n<script>alert(1)</script> [危险链接](javascript:alert(2)) <img src=x onerror=alert(3)>\n");
        ImportReport report = importer.importZip(edited, "cpr-v2.zip", Messages.ZH_CN);
        assertEquals(ImportOutcome.NEW_VERSION, report.getOutcome(), () -> report.getProblems().toString());
        assertEquals(2, report.getVersionNo());

        CourseVersion current = catalog.current("CPR-FA");
        assertEquals(2, current.getVersionNo());
        String html = current.getLessons().get(0).html(Messages.ZH_CN);
        assertTrue(html.contains("补充"));
        // The author's markup is shown as text, never as elements or attributes.
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("href=\"javascript"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);

        List<CourseVersion> versions = catalog.versions("CPR-FA");
        assertEquals(List.of(2, 1), versions.stream().map(CourseVersion::getVersionNo).toList());
        Lesson firstOfV1 = versions.get(1).getLessons().get(0);
        assertEquals(v1Html, firstOfV1.html(Messages.ZH_CN), "version 1 is never rewritten");

        ImportReport again = importer.importZip(edited, "cpr-v2.zip", Messages.ZH_CN);
        assertEquals(ImportOutcome.UNCHANGED, again.getOutcome());
        assertEquals(2, catalog.versions("CPR-FA").size(), "unchanged content changes nothing");
    }

    @Test
    @Order(3)
    void aRestartDoesNotUndoTheUploadedVersion() {
        TestCallerSource.actAs(null);
        importer.importDirectory(Path.of(context.getRealPath("/WEB-INF/courses")));
        TestCallerSource.actAs("admin");
        assertEquals(2, catalog.current("CPR-FA").getVersionNo());
        assertEquals(2, catalog.versions("CPR-FA").size());
    }

    @Test
    @Order(4)
    void aBadCourseZipWritesNothingButItsHistoryLine() throws IOException {
        TestCallerSource.actAs("admin");
        long historyBefore = catalog.historyCount();
        byte[] bad = zip(CPR, "questions.yaml", "\n  - id: q01\n    type: single\n    text: {zh: 重复, en: dup}\n"
                + "    options: [{id: a, zh: 甲, en: A}, {id: b, zh: 乙, en: B}]\n    explanation: {zh: 无, en: none}\n");
        ImportReport report = importer.importZip(bad, "bad.zip", Locale.ENGLISH);
        assertEquals(ImportOutcome.FAILED, report.getOutcome());
        assertTrue(report.getProblems().stream().anyMatch(p -> p.key().equals("catalog.error.duplicateId")));
        assertTrue(report.getProblems().stream().anyMatch(p -> p.key().equals("catalog.error.singleCorrect")));
        assertEquals(2, catalog.versions("CPR-FA").size());
        assertEquals(historyBefore + 1, catalog.historyCount());

        ImportReport slip = importer.importZip(zipOf("../evil.txt", "x"), "slip.zip", Locale.ENGLISH);
        assertEquals("catalog.zip.badPath", slip.getProblems().get(0).key());
    }

    @Test
    @Order(5)
    void onlyAnAdminUploadsAndReadsTheHistory() {
        TestCallerSource.actAs("organizer");
        assertThrows(NotInScopeException.class, () -> importer.importZip(new byte[] {1}, "x.zip", Locale.ENGLISH));
        assertThrows(NotInScopeException.class, () -> catalog.history(0, 10));
        TestCallerSource.actAs(null);
        assertThrows(NotInScopeException.class, () -> catalog.currentCourses());
    }

    /** The shipped course folder as a zip, with text appended to one of its files. */
    private byte[] zip(String folder, String appendTo, String appended) throws IOException {
        Path root = Path.of(context.getRealPath("/WEB-INF/courses/" + folder));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes); Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                byte[] content = Files.readAllBytes(file);
                if (name.equals(appendTo)) {
                    content = (new String(content, StandardCharsets.UTF_8) + appended).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(folder + "/" + name));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zipOf(String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
