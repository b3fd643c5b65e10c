package cn.gongzhuling.academy.catalog.control;

import static cn.gongzhuling.academy.catalog.control.CourseFiles.minimalCourse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Uploaded course zips are refused before anything is extracted when they are not
 * zips, unsafe, too big or bombs. Zips are built in memory with java.util.zip.
 */
class SafeZipTest {

    private static final long MB = 1024 * 1024;
    /** The limits the admin upload uses (CatalogImportService). */
    private final SafeZip safeZip = new SafeZip(10 * MB, 500, 50 * MB);

    @Test
    void courseZipWithTopFolderReadsAsTheCourseFolder() throws Exception {
        Map<String, byte[]> course = minimalCourse();
        ZipBuilder zip = new ZipBuilder().directory("minimal-course/").directory("minimal-course/lessons/")
                .directory("minimal-course/checks/");
        course.forEach((path, bytes) -> zip.file("minimal-course/" + path, bytes));

        Map<String, byte[]> files = safeZip.read(zip.bytes());

        assertEquals(course.keySet(), files.keySet(), "the top folder is stripped, directories are not files");
        course.forEach((path, bytes) -> assertArrayEquals(bytes, files.get(path), path));
        assertEquals(ContentHash.of(course), ContentHash.of(files), "an upload is the same version as the folder");
        CourseReader.Result result = CourseFiles.read(files);
        assertTrue(result.ok(), () -> CourseFiles.describe(result.problems()));
    }

    @Test
    void courseZipWithoutTopFolderKeepsItsPaths() throws Exception {
        Map<String, byte[]> course = minimalCourse();
        ZipBuilder zip = new ZipBuilder();
        course.forEach(zip::file);
        Map<String, byte[]> files = safeZip.read(zip.bytes());
        assertEquals(course.keySet(), files.keySet());
        assertTrue(CourseFiles.read(files).ok());
    }

    @Test
    void filesInDifferentTopFoldersAreNotStripped() throws Exception {
        Map<String, byte[]> files = safeZip.read(
                new ZipBuilder().file("a/course.yaml", "x").file("b/x.md", "y").bytes());
        assertEquals(Set.of("a/course.yaml", "b/x.md"), files.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "course/../../evil.txt", "course/lessons/../../../evil.txt", "/etc/passwd",
            "..\\evil.txt", "course\\..\\..\\evil.txt", "C:/Windows/evil.txt", "c:evil.txt", "./course.yaml",
            "course/./x.md"})
    void unsafePathIsRefused(String name) {
        byte[] zip = new ZipBuilder().file("course/course.yaml", "code: X\n").file(name, "pwned").bytes();
        SafeZip.RefusedException e = assertThrows(SafeZip.RefusedException.class, () -> safeZip.read(zip));
        assertEquals("catalog.zip.badPath", e.key());
        assertArrayEquals(new Object[] {name}, e.args());
    }

    @Test
    void unsafeDirectoryEntryIsRefusedToo() {
        byte[] zip = new ZipBuilder().directory("../outside/").file("course.yaml", "x").bytes();
        assertRefused(zip, "catalog.zip.badPath", "../outside/");
    }

    @Test
    void pngIsNotAZip() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertRefused(png, "catalog.zip.notZip");
    }

    @Test
    void textRenamedToZipIsNotAZip() {
        assertRefused("code: CPR-FA\ntitle: {zh: 心肺复苏, en: CPR}\n".getBytes(StandardCharsets.UTF_8),
                "catalog.zip.notZip");
    }

    @Test
    void emptyUploadIsNotAZip() {
        assertRefused(new byte[0], "catalog.zip.notZip");
        assertRefused(new byte[] {'P', 'K'}, "catalog.zip.notZip");
    }

    @Test
    void zipBombIsRefusedWhileInflating() {
        // 200 MB of zeros deflate to about 200 KB; generated in 1 MB chunks, never held uncompressed.
        byte[] bomb = new ZipBuilder().zeros("course/lessons/01-bomb.en.md", 200 * MB).bytes();
        assertTrue(bomb.length < MB, "bomb is " + bomb.length + " bytes");
        assertRefused(bomb, "catalog.zip.tooMuchData", 50L);
    }

    /** The limit is on the sum of all entries, not per entry. */
    @Test
    void manyMediumEntriesAddUpToTooMuchData() {
        ZipBuilder zip = new ZipBuilder();
        for (int i = 0; i < 5; i++) {
            zip.zeros("course/part" + i + ".md", MB / 2);
        }
        SafeZip.RefusedException e = assertThrows(SafeZip.RefusedException.class,
                () -> new SafeZip(MB, 100, 2 * MB).read(zip.bytes()));
        assertEquals("catalog.zip.tooMuchData", e.key());
        assertArrayEquals(new Object[] {2L}, e.args());
    }

    @Test
    void dataJustUnderTheLimitIsAccepted() throws Exception {
        SafeZip small = new SafeZip(MB, 10, 100_000);
        Map<String, byte[]> files = small.read(new ZipBuilder().zeros("a.md", 60_000).zeros("b.md", 40_000).bytes());
        assertEquals(60_000, files.get("a.md").length);
        assertEquals(40_000, files.get("b.md").length);
        SafeZip.RefusedException e = assertThrows(SafeZip.RefusedException.class,
                () -> small.read(new ZipBuilder().zeros("a.md", 60_000).zeros("b.md", 40_001).bytes()));
        assertEquals("catalog.zip.tooMuchData", e.key());
    }

    @Test
    void tooManyEntries() {
        ZipBuilder zip = new ZipBuilder();
        for (int i = 0; i <= 500; i++) {
            zip.file("course/f" + i + ".md", "x");
        }
        assertRefused(zip.bytes(), "catalog.zip.tooManyEntries", 500);
    }

    @Test
    void directoriesCountAsEntries() {
        ZipBuilder zip = new ZipBuilder().file("course.yaml", "x");
        for (int i = 0; i < 500; i++) {
            zip.directory("d" + i + "/");
        }
        assertRefused(zip.bytes(), "catalog.zip.tooManyEntries", 500);
    }

    @Test
    void fiveHundredEntriesAreAllowed() throws Exception {
        ZipBuilder zip = new ZipBuilder();
        for (int i = 0; i < 500; i++) {
            zip.file("course/f" + i + ".md", "x");
        }
        assertEquals(500, safeZip.read(zip.bytes()).size());
    }

    @Test
    void zipLargerThanTheUploadLimit() {
        byte[] zip = new ZipBuilder().file("course.yaml", "x").bytes();
        byte[] big = Arrays.copyOf(zip, (int) (10 * MB) + 1);
        assertRefused(big, "catalog.zip.tooLarge", 10L);
    }

    /** A zip without entries (what zipping an empty selection gives) is an empty zip, not "not a zip". */
    @Test
    void emptyZip() {
        byte[] zip = new ZipBuilder().bytes();
        assertEquals(22, zip.length, "only the end of central directory record");
        assertRefused(zip, "catalog.zip.empty");
    }

    @Test
    void zipWithOnlyFoldersIsEmpty() {
        assertRefused(new ZipBuilder().directory("course/").directory("course/lessons/").bytes(), "catalog.zip.empty");
    }

    @Test
    void truncatedZipIsCorrupt() {
        byte[] zip = new ZipBuilder().file("course/course.yaml", "code: X\n".repeat(2000))
                .file("course/questions.yaml", "questions: []\n".repeat(2000)).bytes();
        byte[] truncated = Arrays.copyOf(zip, zip.length / 3);
        assertRefused(truncated, "catalog.zip.corrupt");
    }

    /** Cut right before the second entry: the first file alone must not pass as the whole upload. */
    @Test
    void zipTruncatedBetweenEntriesIsCorrupt() {
        byte[] zip = threeFileZip();
        int second = indexOf(zip, new byte[] {'P', 'K', 3, 4}, 4);
        assertRefused(Arrays.copyOf(zip, second), "catalog.zip.corrupt");
    }

    @Test
    void noTruncationOfAZipIsAccepted() {
        byte[] zip = threeFileZip();
        for (int length = 0; length < zip.length; length++) {
            byte[] cut = Arrays.copyOf(zip, length);
            SafeZip.RefusedException e = assertThrows(SafeZip.RefusedException.class, () -> safeZip.read(cut),
                    "truncated to " + length + " of " + zip.length + " bytes");
            assertEquals(length < 4 ? "catalog.zip.notZip" : "catalog.zip.corrupt", e.key(), "length " + length);
        }
    }

    /** A damaged local header makes a streaming reader stop early; the end record still lists 3 entries. */
    @Test
    void damagedLocalHeaderIsCorrupt() {
        byte[] zip = threeFileZip();
        int second = indexOf(zip, new byte[] {'P', 'K', 3, 4}, 4);
        zip[second + 3] = 5;
        assertRefused(zip, "catalog.zip.corrupt");
    }

    @Test
    void zipWithACommentOrPaddingIsFine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setComment("uploaded from the county office");
            zip.putNextEntry(new ZipEntry("course/course.yaml"));
            zip.write("code: X\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals(Set.of("course.yaml"), safeZip.read(out.toByteArray()).keySet());
        byte[] padded = Arrays.copyOf(out.toByteArray(), out.size() + 16);
        assertEquals(Set.of("course.yaml"), safeZip.read(padded).keySet());
    }

    private static byte[] threeFileZip() {
        return new ZipBuilder().file("course/course.yaml", "code: X\n").file("course/questions.yaml", "q: 1\n")
                .file("course/checks/a.yaml", "id: a\n").bytes();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        for (int i = from; i + pattern.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }

    @Test
    void garbageAfterTheSignatureIsCorrupt() {
        byte[] zip = new ZipBuilder().file("course/course.yaml", "code: X\n".repeat(200)).bytes();
        for (int i = 60; i < zip.length; i++) {
            zip[i] = (byte) (i * 31);
        }
        assertRefused(zip, "catalog.zip.corrupt");
    }

    @Test
    void duplicateEntryIsRefused() {
        // ZipOutputStream refuses duplicate names, so write two names and rename the second in the bytes.
        byte[] zip = new ZipBuilder().file("course/course.yaml", "a").file("course/course.yamX", "b").bytes();
        replaceAll(zip, "course.yamX", "course.yaml");
        assertRefused(zip, "catalog.zip.duplicateEntry", "course/course.yaml");
    }

    private void assertRefused(byte[] zip, String key, Object... args) {
        SafeZip.RefusedException e = assertThrows(SafeZip.RefusedException.class, () -> safeZip.read(zip));
        assertEquals(key, e.key());
        if (args.length > 0) {
            assertArrayEquals(args, e.args());
        }
    }

    private static void replaceAll(byte[] data, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(StandardCharsets.US_ASCII);
        int replaced = 0;
        for (int i = 0; i + f.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, data, i, t.length);
                replaced++;
            }
        }
        assertTrue(replaced >= 2, "name should be in the local header and the central directory");
    }

    /** Builds a zip in memory. */
    static final class ZipBuilder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ZipOutputStream zip = new ZipOutputStream(out);

        ZipBuilder file(String name, String text) {
            return file(name, text.getBytes(StandardCharsets.UTF_8));
        }

        ZipBuilder file(String name, byte[] content) {
            try {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content);
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        ZipBuilder directory(String name) {
            return file(name, new byte[0]);
        }

        /** One entry of {@code size} zero bytes, streamed through the deflater in 1 MB chunks. */
        ZipBuilder zeros(String name, long size) {
            try {
                zip.putNextEntry(new ZipEntry(name));
                byte[] chunk = new byte[1024 * 1024];
                for (long left = size; left > 0; left -= chunk.length) {
                    zip.write(chunk, 0, (int) Math.min(chunk.length, left));
                }
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        byte[] bytes() {
            try {
                zip.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
