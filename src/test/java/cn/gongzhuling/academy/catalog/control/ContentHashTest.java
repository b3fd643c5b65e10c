package cn.gongzhuling.academy.catalog.control;

import static cn.gongzhuling.academy.catalog.control.CourseFiles.minimalCourse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The content hash is a course's version identity: importing unchanged files must
 * change nothing, and any edit - one byte of one lesson - must make a new version.
 */
class ContentHashTest {

    private static final String LESSON = "lessons/01-basics.en.md";

    @Test
    void sameFilesGiveTheSameHashWhateverTheMapOrder() {
        Map<String, byte[]> files = minimalCourse();
        String hash = ContentHash.of(files);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);

        List<String> paths = new ArrayList<>(files.keySet());
        Collections.reverse(paths);
        Map<String, byte[]> reversed = new LinkedHashMap<>();
        paths.forEach(p -> reversed.put(p, files.get(p).clone()));
        Collections.shuffle(paths, new java.util.Random(42));
        Map<String, byte[]> shuffled = new LinkedHashMap<>();
        paths.forEach(p -> shuffled.put(p, files.get(p).clone()));

        assertEquals(hash, ContentHash.of(reversed));
        assertEquals(hash, ContentHash.of(shuffled));
        assertEquals(hash, ContentHash.of(new HashMap<>(files)));
        assertEquals(hash, ContentHash.of(new TreeMap<>(files)));
        assertEquals(hash, ContentHash.of(minimalCourse()), "a fresh read of the same folder");
    }

    @Test
    void readingUnchangedFilesTwiceGivesTheSameVersion() {
        CourseReader.Result first = CourseFiles.read(minimalCourse());
        CourseReader.Result second = CourseFiles.read(minimalCourse());
        assertEquals(first.course().contentHash(), second.course().contentHash());
    }

    @Test
    void oneChangedByteInOneLessonGivesANewHash() {
        Map<String, byte[]> files = minimalCourse();
        String before = ContentHash.of(files);
        byte[] lesson = files.get(LESSON).clone();
        int at = new String(lesson, StandardCharsets.UTF_8).indexOf("Look around");
        lesson[at] = 'l';
        files.put(LESSON, lesson);
        assertNotEquals(before, ContentHash.of(files));

        CourseReader.Result edited = CourseFiles.read(files);
        assertTrue(edited.ok(), () -> CourseFiles.describe(edited.problems()));
        assertNotEquals(CourseFiles.read(minimalCourse()).course().contentHash(), edited.course().contentHash(),
                "an edited lesson is a new version");
    }

    @Test
    void aTrailingNewlineCounts() {
        Map<String, byte[]> files = minimalCourse();
        String before = ContentHash.of(files);
        CourseFiles.put(files, LESSON, CourseFiles.text(files, LESSON) + "\n");
        assertNotEquals(before, ContentHash.of(files));
    }

    @Test
    void renamedAddedOrRemovedFilesGiveANewHash() {
        Map<String, byte[]> files = minimalCourse();
        String before = ContentHash.of(files);

        Map<String, byte[]> renamed = new TreeMap<>(files);
        renamed.put("checks/basic-steps2.yaml", renamed.remove("checks/basic-steps.yaml"));
        assertNotEquals(before, ContentHash.of(renamed));

        Map<String, byte[]> added = new TreeMap<>(files);
        added.put("notes.txt", new byte[0]);
        assertNotEquals(before, ContentHash.of(added), "even an empty extra file");

        Map<String, byte[]> removed = new TreeMap<>(files);
        removed.remove("checks/role-play.yaml");
        assertNotEquals(before, ContentHash.of(removed));
    }

    @Test
    void bytesMovedBetweenPathAndContentOrBetweenFilesGiveANewHash() {
        assertNotEquals(ContentHash.of(Map.of("ab", bytes("c"))), ContentHash.of(Map.of("a", bytes("bc"))));
        assertNotEquals(ContentHash.of(Map.of("a", bytes("xy"), "b", bytes(""))),
                ContentHash.of(Map.of("a", bytes("x"), "b", bytes("y"))));
    }

    /**
     * Pins the algorithm (SHA-256 over sorted path, NUL, content, NUL). Changing it would give
     * every stored course a new version at the next start-up, so it must never change by accident.
     * (The value was checked independently: sha256 of "course.yaml\0code: X\n\0lessons/a.zh.md\0课\0".)
     */
    @Test
    void hashOfAKnownFolderIsStable() {
        Map<String, byte[]> files = Map.of("course.yaml", bytes("code: X\n"), "lessons/a.zh.md", bytes("课"));
        assertEquals("1809ef19ed6a71e2bf032bf1e785fff703635b8948b483261fc28210eec422f4", ContentHash.of(files));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.of(Map.of()),
                "SHA-256 of nothing");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
