package cn.gongzhuling.academy.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Test helpers: course folders as the importer sees them (relative path to bytes),
 * the fixture course under src/test/resources/catalog/minimal-course, and
 * assertions that describe problems the way an author reads them.
 */
final class CourseFiles {

    /** The skill codes the fixture course may use. */
    static final Set<String> SKILLS = Set.of("CPR", "FIRST_AID");

    private CourseFiles() {
    }

    /** Reads a folder the way the start-up import does: every regular file, '/' separated relative paths. */
    static Map<String, byte[]> readFolder(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A fresh, mutable copy of the valid fixture course. */
    static Map<String, byte[]> minimalCourse() {
        try {
            Path dir = Path.of(CourseFiles.class.getResource("/catalog/minimal-course").toURI());
            return readFolder(dir);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Map<String, byte[]> files, String path) {
        byte[] bytes = files.get(path);
        assertNotNull(bytes, "fixture has no " + path);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void put(Map<String, byte[]> files, String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces one exact snippet in one file; fails when the fixture no longer contains it. */
    static String edit(Map<String, byte[]> files, String path, String from, String to) {
        String text = text(files, path);
        assertTrue(text.contains(from), () -> path + " does not contain <" + from + ">");
        assertEquals(text.indexOf(from), text.lastIndexOf(from), () -> path + " contains <" + from + "> twice");
        String edited = text.replace(from, to);
        put(files, path, edited);
        return edited;
    }

    /** 1-based line of the first occurrence of a snippet in a text. */
    static int lineOf(String text, String snippet) {
        int at = text.indexOf(snippet);
        assertTrue(at >= 0, () -> "<" + snippet + "> not found");
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static CourseReader.Result read(Map<String, byte[]> files) {
        return new CourseReader(SKILLS).read(files);
    }

    static String describe(List<Problem> problems) {
        return problems.stream()
                .map(p -> p.location() + " " + p.key() + " " + List.of(p.args()))
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    /** The course was refused: nothing is imported and there is at least one problem. */
    static List<Problem> refused(CourseReader.Result result) {
        assertNull(result.course(), "a course with problems must not be imported");
        assertTrue(!result.ok());
        assertTrue(!result.problems().isEmpty(), "refused without a problem");
        return result.problems();
    }

    /** Exactly one problem was reported, and it is this one. */
    static Problem onlyProblem(CourseReader.Result result, String file, int line, String field, String key) {
        List<Problem> problems = refused(result);
        if (problems.size() != 1) {
            fail("expected exactly one problem " + file + ":" + line + " " + field + " " + key + " but got"
                    + describe(problems));
        }
        Problem p = problems.get(0);
        assertProblem(p, file, line, field, key);
        return p;
    }

    /** One of the problems is exactly this one (file, line, field, key). */
    static Problem hasProblem(List<Problem> problems, String file, int line, String field, String key) {
        return problems.stream()
                .filter(p -> p.file().equals(file) && p.line() == line && field.equals(p.field())
                        && p.key().equals(key))
                .findFirst()
                .orElseGet(() -> fail("expected " + file + ":" + line + " " + field + " " + key + " among"
                        + describe(problems)));
    }

    static void assertProblem(Problem p, String file, int line, String field, String key) {
        String where = "problem " + p.location() + " " + p.key();
        assertEquals(key, p.key(), where);
        assertEquals(file, p.file(), where);
        assertEquals(field, p.field(), where);
        assertEquals(line, p.line(), where);
    }
}
