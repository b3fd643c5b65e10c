package cn.gongzhuling.academy.catalog.control;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one YAML file as a node tree (never as Java objects, so no tags can
 * instantiate classes) and reads typed fields from it, recording a
 * {@link Problem} with file, line and field for anything missing or wrong.
 */
public final class YamlDoc {

    private final String file;
    private final Problems problems;

    private YamlDoc(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Parses a file; empty when it is not valid UTF-8, not valid YAML or not a mapping (a problem is recorded). */
    public static Optional<MappingNode> load(String file, byte[] bytes, Problems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(file, 0, "", "catalog.error.encoding");
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(2 * 1024 * 1024);
        options.setNestingDepthLimit(30);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root instanceof MappingNode mapping) {
                List<ScalarNode> duplicates = duplicateKeys(mapping);
                for (ScalarNode key : duplicates) {
                    problems.add(file, line(key), "", "catalog.error.yaml", duplicateKeyMessage(key));
                }
                return duplicates.isEmpty() ? Optional.of(mapping) : Optional.empty();
            }
            problems.add(file, root == null ? 1 : line(root), "", "catalog.error.notMapping");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            problems.add(file, line, "", "catalog.error.yaml", firstLine(e.getProblem()));
        } catch (YAMLException e) {
            problems.add(file, 0, "", "catalog.error.yaml", firstLine(e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * Keys given twice in one mapping, anywhere in the tree. SnakeYAML only checks
     * duplicates ({@link LoaderOptions#setAllowDuplicateKeys}) when it constructs Java
     * objects, not in {@code compose()}; without this check the first value silently won
     * and the second (say, a whole second {@code items:} list) was ignored.
     */
    static List<ScalarNode> duplicateKeys(Node root) {
        List<ScalarNode> duplicates = new ArrayList<>();
        collectDuplicateKeys(root, Collections.newSetFromMap(new IdentityHashMap<>()), duplicates);
        return duplicates;
    }

    static String duplicateKeyMessage(ScalarNode key) {
        return "found duplicate key " + key.getValue();
    }

    private static void collectDuplicateKeys(Node node, Set<Node> visited, List<ScalarNode> duplicates) {
        if (node == null || !visited.add(node)) {
            return;
        }
        if (node instanceof MappingNode map) {
            Set<String> keys = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !keys.add(key.getValue())) {
                    duplicates.add(key);
                }
                collectDuplicateKeys(tuple.getValueNode(), visited, duplicates);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                collectDuplicateKeys(item, visited, duplicates);
            }
        }
    }

    public static YamlDoc of(String file, Problems problems) {
        return new YamlDoc(file, problems);
    }

    public String file() {
        return file;
    }

    public Problems problems() {
        return problems;
    }

    public static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    public Node get(MappingNode map, String key) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    /** Reports keys that are not allowed (usually typos that would silently be ignored). */
    public void allowOnly(MappingNode map, String field, Set<String> allowed) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && !allowed.contains(k.getValue())) {
                problems.add(file, line(tuple.getKeyNode()), join(field, k.getValue()), "catalog.error.unknownField");
            }
        }
    }

    public String string(MappingNode map, String key, String field, boolean required) {
        Node node = get(map, key);
        if (node == null) {
            if (required) {
                problems.add(file, line(map), join(field, key), "catalog.error.required");
            }
            return null;
        }
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        problems.add(file, line(node), join(field, key), required ? "catalog.error.required" : "catalog.error.notText");
        return null;
    }

    /** Default length limit of a bilingual text (per language), matching the usual column size. */
    public static final int TEXT_MAX = 1000;

    public Bilingual text(MappingNode map, String key, String field) {
        return text(map, key, field, TEXT_MAX);
    }

    /** A {zh, en} map with both languages present, not blank and at most {@code max} characters each. */
    public Bilingual text(MappingNode map, String key, String field, int max) {
        Node node = get(map, key);
        String name = join(field, key);
        if (node == null) {
            problems.add(file, line(map), name, "catalog.error.required");
            return Bilingual.EMPTY;
        }
        if (!(node instanceof MappingNode texts)) {
            problems.add(file, line(node), name, "catalog.error.bilingual");
            return Bilingual.EMPTY;
        }
        return bilingual(texts, name, Set.of("zh", "en"), max);
    }

    /** Reads zh and en from a map that may carry other keys (e.g. an option's id). */
    public Bilingual bilingual(MappingNode texts, String name, Set<String> allowed) {
        return bilingual(texts, name, allowed, TEXT_MAX);
    }

    public Bilingual bilingual(MappingNode texts, String name, Set<String> allowed, int max) {
        allowOnly(texts, name, allowed);
        String zh = string(texts, "zh", name, false);
        String en = string(texts, "en", name, false);
        if (zh == null) {
            problems.add(file, line(texts), join(name, "zh"), "catalog.error.languageMissing", "zh");
        }
        if (en == null) {
            problems.add(file, line(texts), join(name, "en"), "catalog.error.languageMissing", "en");
        }
        for (String lang : new String[] {"zh", "en"}) {
            String value = "zh".equals(lang) ? zh : en;
            if (value != null && value.length() > max) {
                problems.add(file, line(get(texts, lang)), join(name, lang), "catalog.error.tooLong", max);
            }
        }
        return new Bilingual(zh == null ? "" : zh, en == null ? "" : en);
    }

    public int integer(MappingNode map, String key, String field, int min, int max, Integer defaultValue) {
        String name = join(field, key);
        Node node = get(map, key);
        if (node == null) {
            if (defaultValue == null) {
                problems.add(file, line(map), name, "catalog.error.required");
                return min;
            }
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(((ScalarNode) node).getValue().strip());
            if (value < min || value > max) {
                problems.add(file, line(node), name, "catalog.error.range", min, max);
            }
            return value;
        } catch (ClassCastException | NumberFormatException e) {
            problems.add(file, line(node), name, "catalog.error.integer");
            return min;
        }
    }

    public Boolean bool(MappingNode map, String key, String field, Boolean defaultValue) {
        Node node = get(map, key);
        if (node == null) {
            if (defaultValue == null) {
                problems.add(file, line(map), join(field, key), "catalog.error.required");
            }
            return defaultValue;
        }
        String value = node instanceof ScalarNode s ? s.getValue().strip().toLowerCase(java.util.Locale.ROOT) : "";
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        problems.add(file, line(node), join(field, key), "catalog.error.boolean");
        return defaultValue == null ? Boolean.FALSE : defaultValue;
    }

    public List<Node> list(MappingNode map, String key, String field, boolean required) {
        Node node = get(map, key);
        if (node == null) {
            if (required) {
                problems.add(file, line(map), join(field, key), "catalog.error.required");
            }
            return List.of();
        }
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problems.add(file, line(node), join(field, key), "catalog.error.list");
        return List.of();
    }

    public List<String> strings(MappingNode map, String key, String field, boolean required) {
        List<String> values = new ArrayList<>();
        List<Node> nodes = list(map, key, field, required);
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof ScalarNode s && !s.getValue().isBlank()) {
                values.add(s.getValue().strip());
            } else {
                problems.add(file, line(nodes.get(i)), join(field, key) + "[" + i + "]", "catalog.error.notText");
            }
        }
        return values;
    }

    public MappingNode mapping(Node node, String field) {
        if (node instanceof MappingNode m) {
            return m;
        }
        problems.add(file, node == null ? 0 : line(node), field, "catalog.error.notMapping");
        return null;
    }

    public MappingNode mapping(MappingNode parent, String key, String field, boolean required) {
        Node node = get(parent, key);
        if (node == null) {
            if (required) {
                problems.add(file, line(parent), join(field, key), "catalog.error.required");
            }
            return null;
        }
        return mapping(node, join(field, key));
    }

    public void problem(Node at, String field, String key, Object... args) {
        problems.add(file, at == null ? 0 : line(at), field, key, args);
    }

    public static String join(String field, String key) {
        return field == null || field.isEmpty() ? key : field + "." + key;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
