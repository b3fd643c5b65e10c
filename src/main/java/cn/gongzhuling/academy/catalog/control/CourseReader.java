package cn.gongzhuling.academy.catalog.control;

import cn.gongzhuling.academy.catalog.control.CourseDefinition.CheckDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.Completion;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.LessonDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.QuestionDef;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.Quiz;
import cn.gongzhuling.academy.catalog.control.CourseDefinition.Refresher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates a whole course folder (given as relative path to bytes)
 * into a {@link CourseDefinition}. Every problem in every file is reported;
 * the definition is only returned when there is none.
 */
public final class CourseReader {

    public static final String MANIFEST = "course.yaml";
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9-]{0,39}";
    private static final Set<String> KEYS = Set.of("code", "title", "summary", "skills", "certificate", "lessons",
            "quiz", "completion", "refresher");

    private final Set<String> knownSkills;

    public CourseReader(Set<String> knownSkills) {
        this.knownSkills = knownSkills;
    }

    /** The result of reading: a definition, or the problems that prevent it. */
    public record Result(CourseDefinition course, String code, List<Problem> problems) {
        public boolean ok() {
            return course != null;
        }
    }

    public Result read(Map<String, byte[]> files) {
        Problems problems = new Problems();
        byte[] manifestBytes = files.get(MANIFEST);
        if (manifestBytes == null) {
            problems.add(MANIFEST, 0, "", "catalog.error.fileMissing", MANIFEST);
            return new Result(null, null, problems.list());
        }
        Optional<MappingNode> manifest = YamlDoc.load(MANIFEST, manifestBytes, problems);
        if (manifest.isEmpty()) {
            return new Result(null, null, problems.list());
        }
        YamlDoc doc = YamlDoc.of(MANIFEST, problems);
        MappingNode m = manifest.get();
        doc.allowOnly(m, "", KEYS);
        String code = doc.string(m, "code", "", true);
        if (code != null && !code.matches(CODE_PATTERN)) {
            doc.problem(doc.get(m, "code"), "code", "catalog.error.code", code);
        }
        Bilingual title = doc.text(m, "title", "", 200);
        Bilingual summary = doc.text(m, "summary", "", 2000);
        List<String> skills = doc.strings(m, "skills", "", true);
        for (String skill : skills) {
            if (!knownSkills.contains(skill)) {
                doc.problem(doc.get(m, "skills"), "skills", "catalog.error.unknownSkill", skill);
            }
        }
        MappingNode cert = doc.mapping(m, "certificate", "", true);
        if (cert != null) {
            doc.allowOnly(cert, "certificate", Set.of("validityMonths"));
        }
        int validity = cert == null ? 12 : doc.integer(cert, "validityMonths", "certificate", 1, 120, null);
        List<String> lessonKeys = doc.strings(m, "lessons", "", true);
        if (doc.get(m, "lessons") instanceof SequenceNode list && list.getValue().isEmpty()) {
            doc.problem(list, "lessons", "catalog.error.emptyList");
        }
        List<LessonDef> lessons = lessons(lessonKeys, doc.get(m, "lessons"), files, problems);
        List<QuestionDef> questions = questions(files, problems);
        Map<String, CheckDef> checks = checks(files, problems);
        // References are checked against the check files present, not against the checks that parsed:
        // a broken check file is reported in that file, not again as "no such check" in course.yaml.
        Set<String> checkFiles = checkFileIds(files);
        Quiz quiz = quiz(doc, m, questions.size());
        Completion completion = completion(doc, m, checkFiles);
        Refresher refresher = refresher(doc, m, new HashSet<>(lessonKeys), checkFiles, questions.size());
        if (!problems.isEmpty()) {
            return new Result(null, code, problems.list());
        }
        CourseDefinition course = new CourseDefinition(code, title, summary, skills, validity, lessons, quiz,
                completion, refresher, questions, List.copyOf(checks.values()), ContentHash.of(files));
        return new Result(course, code, List.of());
    }

    private List<LessonDef> lessons(List<String> keys, Node list, Map<String, byte[]> files, Problems problems) {
        List<LessonDef> lessons = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (String key : keys) {
            int line = entryLine(list, key, occurrences.merge(key, 1, Integer::sum) - 1);
            if (!key.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,79}") || !seen.add(key)) {
                problems.add(MANIFEST, line, "lessons", seen.contains(key) ? "catalog.error.duplicateId"
                        : "catalog.error.lessonId", key);
                continue;
            }
            Optional<LessonFile> zh = lessonFile("lessons/" + key + ".zh.md", line, files, problems);
            Optional<LessonFile> en = lessonFile("lessons/" + key + ".en.md", line, files, problems);
            if (zh.isPresent() && en.isPresent()) {
                if (zh.get().minutes() != en.get().minutes()) {
                    problems.add("lessons/" + key + ".en.md", 0, "minutes", "catalog.error.minutesDiffer");
                }
                lessons.add(new LessonDef(key, new Bilingual(zh.get().title(), en.get().title()), zh.get().minutes(),
                        new Bilingual(zh.get().html(), en.get().html())));
            }
        }
        return lessons;
    }

    /** The course.yaml line of the n-th (from 0) entry {@code key} of the lessons list; 0 if not found. */
    private static int entryLine(Node list, String key, int n) {
        if (list instanceof SequenceNode seq) {
            int seen = 0;
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && key.equals(s.getValue().strip()) && seen++ == n) {
                    return YamlDoc.line(item);
                }
            }
        }
        return 0;
    }

    private static Optional<LessonFile> lessonFile(String path, int manifestLine, Map<String, byte[]> files,
                                                   Problems problems) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            problems.add(MANIFEST, manifestLine, "lessons", "catalog.error.fileMissing", path);
            return Optional.empty();
        }
        String text = Utf8.decode(bytes);
        if (text == null) {
            problems.add(path, 0, "", "catalog.error.encoding");
            return Optional.empty();
        }
        return LessonFile.read(path, text, problems);
    }

    private static List<QuestionDef> questions(Map<String, byte[]> files, Problems problems) {
        byte[] bytes = files.get(QuestionBankReader.FILE);
        if (bytes == null) {
            problems.add(QuestionBankReader.FILE, 0, "", "catalog.error.fileMissing", QuestionBankReader.FILE);
            return List.of();
        }
        return YamlDoc.load(QuestionBankReader.FILE, bytes, problems)
                .map(root -> QuestionBankReader.read(root, problems)).orElse(List.of());
    }

    private static Map<String, CheckDef> checks(Map<String, byte[]> files, Problems problems) {
        Map<String, CheckDef> checks = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
            String path = e.getKey();
            String id = checkId(path);
            if (id != null) {
                YamlDoc.load(path, e.getValue(), problems)
                        .ifPresent(root -> checks.put(id, CheckReader.read(path, id, root, problems)));
            }
        }
        return checks;
    }

    private static Set<String> checkFileIds(Map<String, byte[]> files) {
        Set<String> ids = new HashSet<>();
        for (String path : files.keySet()) {
            String id = checkId(path);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The check id of a path checks/&lt;id&gt;.yaml, or null for any other file. */
    private static String checkId(String path) {
        if (path.startsWith("checks/") && path.endsWith(".yaml") && path.indexOf('/', 7) < 0) {
            return path.substring(7, path.length() - 5);
        }
        return null;
    }

    private static Quiz quiz(YamlDoc doc, MappingNode m, int bankSize) {
        MappingNode q = doc.mapping(m, "quiz", "", true);
        if (q == null) {
            return new Quiz(100, 1, 1, 0);
        }
        doc.allowOnly(q, "quiz", Set.of("passPercent", "questionsPerAttempt", "maxAttempts", "timeLimitMinutes"));
        int draw = doc.integer(q, "questionsPerAttempt", "quiz", 1, 200, null);
        if (draw > bankSize && bankSize > 0) {
            doc.problem(doc.get(q, "questionsPerAttempt"), "quiz.questionsPerAttempt", "catalog.error.bankTooSmall",
                    draw, bankSize);
        }
        return new Quiz(doc.integer(q, "passPercent", "quiz", 1, 100, null), draw,
                doc.integer(q, "maxAttempts", "quiz", 1, 20, null), doc.integer(q, "timeLimitMinutes", "quiz", 0, 600, 0));
    }

    private static Completion completion(YamlDoc doc, MappingNode m, Set<String> checkIds) {
        MappingNode c = doc.mapping(m, "completion", "", true);
        if (c == null) {
            return new Completion(true, true, List.of());
        }
        doc.allowOnly(c, "completion", Set.of("allLessons", "quiz", "checks"));
        List<String> checks = doc.strings(c, "checks", "completion", false);
        references(doc, c, "completion.checks", checks, checkIds, "catalog.error.unknownCheck");
        return new Completion(doc.bool(c, "allLessons", "completion", true), doc.bool(c, "quiz", "completion", true),
                checks);
    }

    private static Refresher refresher(YamlDoc doc, MappingNode m, Set<String> lessonIds, Set<String> checkIds,
                                       int bankSize) {
        MappingNode r = doc.mapping(m, "refresher", "", true);
        if (r == null) {
            return new Refresher(List.of(), 0, 0, List.of()); // no refresher path: renewal repeats the whole course
        }
        doc.allowOnly(r, "refresher", Set.of("lessons", "quiz", "checks"));
        List<String> lessons = doc.strings(r, "lessons", "refresher", false);
        references(doc, r, "refresher.lessons", lessons, lessonIds, "catalog.error.unknownLesson");
        List<String> checks = doc.strings(r, "checks", "refresher", false);
        references(doc, r, "refresher.checks", checks, checkIds, "catalog.error.unknownCheck");
        MappingNode q = doc.mapping(r, "quiz", "refresher", true);
        if (q != null) {
            doc.allowOnly(q, "refresher.quiz", Set.of("passPercent", "questionsPerAttempt"));
        }
        int pass = q == null ? 0 : doc.integer(q, "passPercent", "refresher.quiz", 1, 100, null); // 0, 0: no quiz
        int draw = q == null ? 0 : doc.integer(q, "questionsPerAttempt", "refresher.quiz", 1, 200, null);
        if (q != null && draw > bankSize && bankSize > 0) {
            doc.problem(doc.get(q, "questionsPerAttempt"), "refresher.quiz.questionsPerAttempt",
                    "catalog.error.bankTooSmall", draw, bankSize);
        }
        return new Refresher(lessons, pass, draw, checks);
    }

    private static void references(YamlDoc doc, MappingNode at, String field, List<String> ids, Set<String> known,
                                   String key) {
        for (String id : ids) {
            if (!known.contains(id)) {
                doc.problem(at, field, key, id);
            }
        }
    }

    /** Strict UTF-8 decoding; null when the bytes are not UTF-8. */
    static final class Utf8 {
        private Utf8() {
        }

        static String decode(byte[] bytes) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return null;
            }
        }
    }
}
