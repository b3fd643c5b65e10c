package cn.gongzhuling.academy.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every refusal the LRS can give has its message in both languages (API clients read them too). */
class XapiMessagesTest {

    @Test
    void everyXapiMessageKeyInTheCodeIsInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(xapi\\.error\\.[A-Za-z0-9]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/gongzhuling/academy/xapi"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 40, "found the keys: " + used.size());
        for (String bundle : new String[] {"messages_en", "messages_zh"}) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/cn/gongzhuling/academy/i18n/" + bundle + ".properties")) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(messages.stringPropertyNames());
            assertEquals(Set.of(), missing, bundle);
        }
    }
}
