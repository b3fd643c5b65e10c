package cn.gongzhuling.academy.catalog.boundary;

import cn.gongzhuling.academy.catalog.control.CourseDefinition.SkillDef;
import cn.gongzhuling.academy.catalog.control.CourseReader;
import cn.gongzhuling.academy.catalog.control.Problem;
import cn.gongzhuling.academy.catalog.control.Problems;
import cn.gongzhuling.academy.catalog.control.SafeZip;
import cn.gongzhuling.academy.catalog.control.SkillsReader;
import cn.gongzhuling.academy.catalog.entity.ImportOutcome;
import cn.gongzhuling.academy.platform.boundary.IncidentExceptionHandlerFactory;
import cn.gongzhuling.academy.platform.boundary.Messages;
import cn.gongzhuling.academy.security.boundary.AuditLog;
import cn.gongzhuling.academy.security.boundary.CurrentUser;
import cn.gongzhuling.academy.security.boundary.NotInScopeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Imports the courses/ folder at start-up and single course zips uploaded by
 * admins. A course is validated completely before anything is written, then
 * written in one transaction; every attempt lands in the import history.
 */
@ApplicationScoped
public class CatalogImportService {

    private static final Logger LOG = Logger.getLogger(CatalogImportService.class.getName());
    static final long MAX_ZIP_BYTES = 10L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 500;
    static final long MAX_UNZIPPED_BYTES = 50L * 1024 * 1024;
    private static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    @Inject
    CourseWriter writer;

    @Inject
    ImportHistory history;

    @Inject
    CurrentUser currentUser;

    /** Start-up: skills.yaml first, then every sub-folder that holds a course.yaml. */
    public List<ImportReport> importDirectory(Path root) {
        List<ImportReport> reports = new ArrayList<>();
        Path skills = root.resolve(SkillsReader.FILE);
        if (Files.isRegularFile(skills)) {
            reports.add(importSkills(read(skills), root.getFileName() + "/" + SkillsReader.FILE));
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve(CourseReader.MANIFEST))).sorted().toList()) {
                reports.add(importCourse(readTree(dir), root.getFileName() + "/" + dir.getFileName(), Locale.ROOT, true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reports;
    }

    public ImportReport importSkills(byte[] bytes, String source) {
        Problems problems = new Problems();
        List<SkillDef> skills = SkillsReader.read(bytes, problems);
        if (!problems.isEmpty()) {
            return failed(source, null, problems.list(), Locale.ROOT);
        }
        int changed = writer.writeSkills(skills);
        return new ImportReport(source, SkillsReader.FILE, changed > 0 ? ImportOutcome.NEW_VERSION
                : ImportOutcome.UNCHANGED, null, List.of());
    }

    /** Admin upload of one course folder as a zip; refused zips never reach the file reader. */
    public ImportReport importZip(byte[] zip, String fileName, Locale locale) {
        requireAdmin();
        String source = "upload: " + (fileName == null ? "?" : fileName);
        try {
            Map<String, byte[]> files = new SafeZip(MAX_ZIP_BYTES, MAX_ZIP_ENTRIES, MAX_UNZIPPED_BYTES).read(zip);
            return importCourse(files, source, locale, false);
        } catch (SafeZip.RefusedException e) {
            return failed(source, null, List.of(new Problem(fileName, 0, "", e.key(), e.args())), locale);
        }
    }

    ImportReport importCourse(Map<String, byte[]> files, String source, Locale locale, boolean skipKnownContent) {
        CourseReader.Result result = new CourseReader(writer.skillCodes()).read(files);
        if (!result.ok()) {
            return failed(source, result.code(), result.problems(), locale);
        }
        String actor = currentUser.isLoggedIn() ? currentUser.getUsername() : AuditLog.SYSTEM;
        CourseWriter.Written written;
        try {
            written = writer.write(result.course(), actor, skipKnownContent);
        } catch (RuntimeException e) {
            // Validation should have caught it; the transaction rolled back, so nothing is half-written.
            String incident = IncidentExceptionHandlerFactory.logIncident(e);
            return failed(source, result.code(), List.of(new Problem(CourseReader.MANIFEST, 0, "",
                    "catalog.error.internal", incident)), locale);
        }
        ImportOutcome outcome = written.created() ? ImportOutcome.NEW_VERSION : ImportOutcome.UNCHANGED;
        history.record(actor, source, result.code(), outcome, written.versionNo(), result.course().contentHash(), 0,
                null);
        LOG.info(() -> "Course " + result.code() + " from " + source + ": " + outcome + " (version "
                + written.versionNo() + ")");
        return new ImportReport(source, result.code(), outcome, written.versionNo(), List.of());
    }

    private ImportReport failed(String source, String code, List<Problem> problems, Locale locale) {
        String actor = currentUser.isLoggedIn() ? currentUser.getUsername() : AuditLog.SYSTEM;
        Locale shown = locale == Locale.ROOT ? Messages.ZH_CN : locale;
        String text = problems.stream().map(p -> describe(p, shown)).collect(Collectors.joining("\n"));
        history.record(actor, source, code, ImportOutcome.FAILED, null, null, problems.size(), text);
        LOG.warning(() -> "Import of " + source + " failed with " + problems.size() + " problems:\n"
                + problems.stream().map(p -> describe(p, Locale.ENGLISH)).collect(Collectors.joining("\n")));
        return new ImportReport(source, code, ImportOutcome.FAILED, null, problems);
    }

    public static String describe(Problem p, Locale locale) {
        return p.location() + ": " + Messages.get(locale, p.key(), p.args());
    }

    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            throw new NotInScopeException();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> readTree(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir, 4)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (Files.size(file) <= MAX_FILE_BYTES) {
                    files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
