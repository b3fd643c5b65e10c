package cn.gongzhuling.academy.catalog.control;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** One lesson file: YAML front matter between "---" lines, then the Markdown body. */
public record LessonFile(String title, int minutes, String html) {

    /** Size of the lesson HTML columns. */
    public static final int HTML_MAX = 200_000;

    public static Optional<LessonFile> read(String file, String text, Problems problems) {
        String normalised = text.replace("\r\n", "\n");
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        if (!normalised.startsWith("---\n")) {
            problems.add(file, 1, "front matter", "catalog.error.frontMatterMissing");
            return Optional.empty();
        }
        // From index 3, the newline ending the opening line: an empty front matter is closed too.
        int end = normalised.indexOf("\n---", 3);
        if (end < 0) {
            problems.add(file, 1, "front matter", "catalog.error.frontMatterUnclosed");
            return Optional.empty();
        }
        String yaml = end < 4 ? "" : normalised.substring(4, end + 1);
        int closingLineEnd = normalised.indexOf('\n', end + 1);
        String body = closingLineEnd < 0 ? "" : normalised.substring(closingLineEnd + 1);
        MappingNode front;
        try {
            Node node = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
            if (!(node instanceof MappingNode m)) {
                problems.add(file, 2, "front matter", "catalog.error.notMapping");
                return Optional.empty();
            }
            List<ScalarNode> duplicates = YamlDoc.duplicateKeys(m);
            for (ScalarNode key : duplicates) {
                // line() counts from the first front matter line, which is line 2 of the file.
                problems.add(file, YamlDoc.line(key) + 1, "front matter", "catalog.error.yaml",
                        YamlDoc.duplicateKeyMessage(key));
            }
            if (!duplicates.isEmpty()) {
                return Optional.empty();
            }
            front = m;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
            problems.add(file, line, "front matter", "catalog.error.yaml", String.valueOf(e.getProblem()));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(file, 1, "front matter", "catalog.error.yaml", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
        // Lines in the front matter start at line 2 of the file.
        YamlDoc doc = YamlDoc.of(file, new OffsetProblems(problems));
        int before = problems.size();
        String title = doc.string(front, "title", "", true);
        if (title != null && title.length() > 200) {
            problems.add(file, 2, "title", "catalog.error.tooLong", 200);
        }
        int minutes = doc.integer(front, "minutes", "", 1, 240, null);
        doc.allowOnly(front, "", java.util.Set.of("title", "minutes"));
        if (body.isBlank()) {
            problems.add(file, 1, "body", "catalog.error.emptyLesson");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String html = MarkdownRenderer.render(body);
        if (html.length() > HTML_MAX) {
            problems.add(file, 1, "body", "catalog.error.tooLong", HTML_MAX);
            return Optional.empty();
        }
        return Optional.of(new LessonFile(title, minutes, html));
    }

    /** Shifts line numbers by one: the front matter YAML starts on line 2 of the file. */
    private static final class OffsetProblems extends Problems {
        private final Problems target;

        OffsetProblems(Problems target) {
            this.target = target;
        }

        @Override
        public void add(String file, int line, String field, String key, Object... args) {
            target.add(file, line > 0 ? line + 1 : line, field, key, args);
        }

        @Override
        public int size() {
            return target.size();
        }
    }
}
