package cn.gongzhuling.academy.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongzhuling.academy.organization.entity.OrgLevel;
import cn.gongzhuling.academy.organization.entity.Position;
import cn.gongzhuling.academy.security.entity.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user can see exists in both languages: a missing key shows up on the page as
 * ???key???, a missing argument as a literal {0}.
 */
class BundleTest {

    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final Path I18N = BASE.resolve("src/main/resources/cn/gongzhuling/academy/i18n");
    private static final Path WEBAPP = BASE.resolve("src/main/webapp");
    private static final Path JAVA = BASE.resolve("src/main/java");

    /** msg['literal.key'] — dynamic keys built with concat(...) do not match because ']' must follow the quote. */
    private static final Pattern MSG_LITERAL = Pattern.compile("msg\\[\\s*'([^']+)'\\s*]");
    /** Message keys handed to BusinessException (and subclasses), FieldError and FacesMessages in Java code. */
    private static final List<Pattern> JAVA_KEYS = List.of(
            Pattern.compile("new \\w*Exception\\(\\s*\"([a-z][\\w.]*[\\w])\""),
            Pattern.compile("new FieldError\\(\\s*\"[^\"]*\",\\s*\"([a-z][\\w.]*[\\w])\""),
            Pattern.compile("messages\\.(?:error|info)\\(\\s*\"([a-z][\\w.]*[\\w])\""));
    private static final Pattern AUDIT_ACTION = Pattern.compile("\"([A-Z][A-Z_]*[A-Z])\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    private final Properties zh = load("messages_zh.properties");
    private final Properties en = load("messages_en.properties");

    @Test
    void chineseAndEnglishHaveExactlyTheSameKeys() {
        assertSameKeys(zh, en, "messages");
    }

    @Test
    void facesMessagesHaveTheSameKeysInBothLanguages() {
        assertSameKeys(load("faces_zh.properties"), load("faces_en.properties"), "faces");
    }

    @Test
    void noTextIsEmpty() {
        for (Properties bundle : List.of(zh, en)) {
            List<String> empty = bundle.stringPropertyNames().stream()
                    .filter(k -> bundle.getProperty(k).isBlank()).sorted().toList();
            assertEquals(List.of(), empty);
        }
    }

    @Test
    void bothLanguagesUseTheSameArgumentsAndEveryPatternParses() {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(zh.stringPropertyNames())) {
            String zhText = zh.getProperty(key);
            String enText = en.getProperty(key, "");
            if (!arguments(zhText).equals(arguments(enText))) {
                problems.add(key + ": zh " + arguments(zhText) + " vs en " + arguments(enText));
            }
            for (String text : List.of(zhText, enText)) {
                try {
                    new MessageFormat(text);
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyLiteralKeyUsedInAPageExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = MSG_LITERAL.matcher(Files.readString(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 30, "the scan found the keys of the pages: " + used.size());
        assertAllExist(used);
    }

    @Test
    void everyMessageKeyUsedInJavaExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String source : javaSources()) {
            for (Pattern pattern : JAVA_KEYS) {
                Matcher m = pattern.matcher(source);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.contains("org.error.moveIntoOwnSubtree") && used.contains("login.throttled"),
                "the scan found the keys of the services: " + used);
        assertAllExist(used);
    }

    @Test
    void everyAuditActionRecordedHasALabel() throws IOException {
        // The admin home page shows msg['audit.action.'.concat(e.action)].
        Set<String> actions = new TreeSet<>();
        for (String source : javaSources()) {
            for (String line : source.split("\n")) {
                if (line.contains("audit.record(")) {
                    Matcher m = AUDIT_ACTION.matcher(line);
                    while (m.find()) {
                        actions.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(actions.contains("PERSON_CREATED"), actions.toString());
        assertAllExist(actions.stream().map(a -> "audit.action." + a).collect(Collectors.toSet()));
    }

    @Test
    void everyEnumValueShownOnAPageHasALabel() {
        // Pages show msg['enum.Position.'.concat(...)] and the like.
        Set<String> keys = new TreeSet<>();
        Stream.of(Position.values()).forEach(v -> keys.add("enum.Position." + v.name()));
        Stream.of(OrgLevel.values()).forEach(v -> keys.add("enum.OrgLevel." + v.name()));
        Stream.of(Role.values()).forEach(v -> keys.add("enum.Role." + v.name()));
        assertAllExist(keys);
    }

    private void assertAllExist(Set<String> keys) {
        List<String> missing = keys.stream()
                .flatMap(k -> Stream.of(zh.containsKey(k) ? null : "zh:" + k, en.containsKey(k) ? null : "en:" + k))
                .filter(s -> s != null).toList();
        assertEquals(List.of(), missing);
    }

    private static void assertSameKeys(Properties a, Properties b, String name) {
        Set<String> onlyA = new TreeSet<>(a.stringPropertyNames());
        onlyA.removeAll(b.stringPropertyNames());
        Set<String> onlyB = new TreeSet<>(b.stringPropertyNames());
        onlyB.removeAll(a.stringPropertyNames());
        assertEquals(Set.of(), onlyA, name + " keys only in zh");
        assertEquals(Set.of(), onlyB, name + " keys only in en");
        assertFalse(a.isEmpty(), name + " bundle is empty");
    }

    private static Set<String> arguments(String text) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    private static List<String> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(JAVA)) {
            List<String> sources = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(p));
            }
            return sources;
        }
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
        return p;
    }
}
