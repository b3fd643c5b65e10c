package cn.gongzhuling.academy.catalog.control;

import static cn.gongzhuling.academy.catalog.control.CourseFiles.edit;
import static cn.gongzhuling.academy.catalog.control.CourseFiles.minimalCourse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lesson Markdown becomes HTML that is shown to every learner, so nothing an author
 * (or a tampered upload) writes may run script in the browser; ordinary Markdown must
 * still look right.
 *
 * <p>The sanitiser encodes every '&lt;' of text as {@code &lt;}, so each literal '&lt;' in
 * the output starts a real tag. Raw HTML in a lesson is escaped, i.e. shown as text: the
 * words "script" or "onerror" may then appear as visible text, but never as markup.
 */
class MarkdownRendererTest {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Set<String> ALLOWED_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "a", "strong", "em", "code", "pre", "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td",
            "del");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "rel", "start", "align");

    @Test
    void scriptElementIsShownAsTextNotRun() {
        String html = MarkdownRenderer.render("Before\n\n<script>alert(1)</script>\n\nAfter");
        assertInert(html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<p>Before</p>") && html.contains("<p>After</p>"), html);
    }

    @Test
    void inlineScriptIsShownAsText() {
        String html = MarkdownRenderer.render("Text <SCRIPT SRC=//evil.example/x.js></SCRIPT> inline");
        assertInert(html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x]( javascript:alert(1) )",
            "[x](java&#09;script:alert(1))", "[x](&#106;avascript:alert(1))",
            "[x][r]\n\n[r]: javascript:alert(1)", "[x](vbscript:msgbox(1))"})
    void scriptLinksLoseTheirTarget(String markdown) {
        String html = MarkdownRenderer.render(markdown);
        assertInert(html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("script:"), html);
        for (Map<String, String> a : attributesOf(html, "a")) {
            assertEquals("", a.getOrDefault("href", ""), html);
        }
    }

    /** An autolink shows its address as text (harmless), but the link itself goes nowhere. */
    @Test
    void scriptAutolinkLosesItsTarget() {
        String html = MarkdownRenderer.render("<javascript:alert(1)>");
        assertInert(html);
        List<Map<String, String>> links = attributesOf(html, "a");
        assertEquals(1, links.size(), html);
        assertEquals("", links.get(0).get("href"), html);
    }

    @Test
    void imageWithOnerrorIsShownAsText() {
        String html = MarkdownRenderer.render("<img src=x onerror=alert(1)>");
        assertInert(html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<img"), html);
        assertTrue(html.contains("&lt;img"), html);
    }

    @Test
    void rawAnchorWithJavascriptIsShownAsText() {
        String html = MarkdownRenderer.render("<a href=\"javascript:alert(document.cookie)\">click</a>");
        assertInert(html);
        assertTrue(tags(html).stream().noneMatch(t -> t.equals("a")), html);
        assertTrue(html.contains("&lt;a href"), html);
    }

    @Test
    void eventHandlersOnOtherRawElementsAreShownAsText() {
        String html = MarkdownRenderer.render("<div onclick=\"alert(1)\">x</div>\n\n<svg onload=alert(1)>\n\n"
                + "<iframe src=\"https://evil.example\"></iframe>\n\n<style>body{display:none}</style>");
        assertInert(html);
    }

    @Test
    void dataLinkIsDroppedButItsTextStays() {
        String html = MarkdownRenderer.render("[open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)");
        assertInert(html);
        assertFalse(html.contains("data:"), html);
        assertFalse(html.contains("PHNjcmlwdD"), html);
        assertTrue(html.contains("open"), html);
    }

    @Test
    void imagesAreNotRendered() {
        String html = MarkdownRenderer.render(
                "![x](data:image/svg+xml;base64,PHN2Zz4=)\n\n![y](https://example.org/y.png)");
        assertInert(html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("data:"), html);
    }

    /** The sanitiser is the last line of defence whatever HTML the Markdown renderer produced. */
    @Test
    void sanitizerRemovesActiveContentFromHtml() {
        String html = MarkdownRenderer.sanitize("<script>alert(1)</script><p onclick=\"x()\">hi</p>"
                + "<a href=\"javascript:alert(1)\">y</a><img src=x onerror=alert(1)>"
                + "<a href=\"https://example.org\" onmouseover=\"x()\">ok</a><iframe src=x></iframe>"
                + "<a href=\"data:text/html,x\">d</a><style>p{}</style>");
        assertInert(html);
        assertFalse(html.contains("alert"), html);
        assertTrue(html.contains("<p>hi</p>"), html);
        List<Map<String, String>> links = attributesOf(html, "a");
        assertEquals(1, links.size(), html);
        assertEquals("https://example.org", links.get(0).get("href"));
        assertRelNofollow(links.get(0));
    }

    @Test
    void ordinaryMarkdownRendersAsExpected() {
        String html = MarkdownRenderer.render("""
                # 心肺复苏

                ## Steps

                - Check the scene
                - Call **120**

                1. Compress
                2. Breathe

                Push *hard* and fast; see `AED` below.

                | Step | Rate |
                |:-----|-----:|
                | Compressions | 100–120/min |

                Read the [guidelines](https://cpr.heart.org/en/resuscitation-science?x=1&y=2).

                > Stay calm.

                ```
                30:2
                ```
                """);
        assertInert(html);
        assertTrue(html.contains("<h1>心肺复苏</h1>"), html);
        assertTrue(html.contains("<h2>Steps</h2>"), html);
        assertTrue(html.contains("<ul><li>Check the scene</li><li>Call <strong>120</strong></li></ul>"), html);
        assertTrue(html.contains("<ol><li>Compress</li><li>Breathe</li></ol>"), html);
        assertTrue(html.contains("<em>hard</em>") && html.contains("<code>AED</code>"), html);
        assertTrue(html.contains("<table>") && html.contains("<th align=\"left\">Step</th>")
                && html.contains("<td align=\"right\">100–120/min</td>"), html);
        assertTrue(html.contains("<blockquote>") && html.contains("<pre><code>30:2"), html);

        List<Map<String, String>> links = attributesOf(html, "a");
        assertEquals(1, links.size(), html);
        assertEquals("https://cpr.heart.org/en/resuscitation-science?x&#61;1&amp;y&#61;2", links.get(0).get("href"));
        assertRelNofollow(links.get(0));
        assertTrue(html.contains(">guidelines</a>"), html);
    }

    /** Steps continued after a note ("3. ...") must keep their numbers: in first aid the order matters. */
    @Test
    void orderedListKeepsItsStartNumber() {
        String html = MarkdownRenderer.render("1. Check\n2. Call 120\n\nIf the person breathes, stay.\n\n"
                + "3. Compress\n4. Use the AED\n");
        assertInert(html);
        assertTrue(html.contains("<ol><li>Check</li><li>Call 120</li></ol>"), html);
        assertTrue(html.contains("<ol start=\"3\"><li>Compress</li><li>Use the AED</li></ol>"), html);
    }

    @Test
    void listStartThatIsNotANumberIsDropped() {
        String html = MarkdownRenderer.sanitize("<ol start=\"x\" type=\"a\"><li>a</li></ol>");
        assertEquals("<ol><li>a</li></ol>", html);
    }

    @Test
    void everyKindOfLinkGetsRelNofollow() {
        String html = MarkdownRenderer.render("[a](https://example.org) [b](http://example.org) <https://example.com> "
                + "[c](mailto:office@example.org)");
        List<Map<String, String>> links = attributesOf(html, "a");
        assertEquals(4, links.size(), html);
        links.forEach(MarkdownRendererTest::assertRelNofollow);
    }

    @Test
    void codeBlocksShowHtmlAsText() {
        String html = MarkdownRenderer.render("```html\n<script>alert(1)</script>\n```");
        assertInert(html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    /** The payloads go through the real import path: a lesson file read by CourseReader. */
    @Test
    void lessonWithScriptImportsAsInertHtml() {
        Map<String, byte[]> files = minimalCourse();
        edit(files, "lessons/01-basics.en.md", "1. Look around\n", """
                1. Look around

                <script>alert(1)</script>

                [x](javascript:alert(1)) <img src=x onerror=alert(1)> <a href="javascript:alert(2)">y</a>
                [d](data:text/html;base64,PHNjcmlwdD4=)
                """);
        CourseReader.Result result = CourseFiles.read(files);
        assertTrue(result.ok(), () -> CourseFiles.describe(result.problems()));
        String html = result.course().lessons().get(0).html().en();
        assertInert(html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        assertFalse(html.contains("data:"), html);
        assertTrue(html.contains("<strong>scene is safe</strong>"), html);
    }

    /** Every tag is an allowed element with allowed attributes, and no attribute can run script. */
    private static void assertInert(String html) {
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (!ALLOWED_TAGS.contains(name)) {
                fail("element <" + name + "> in " + html);
            }
            String attributes = m.group(3).replaceAll("\\s*/$", "");
            String rest = ATTRIBUTE.matcher(attributes).replaceAll("").strip();
            assertEquals("", rest, () -> "unquoted or odd attributes in " + m.group() + " of " + html);
            Matcher a = ATTRIBUTE.matcher(attributes);
            while (a.find()) {
                String attribute = a.group(1).toLowerCase(Locale.ROOT);
                String value = a.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertTrue(ALLOWED_ATTRIBUTES.contains(attribute), () -> "attribute " + attribute + " in " + html);
                assertFalse(attribute.startsWith("on"), html);
                assertFalse(value.contains("javascript:") || value.contains("vbscript:") || value.contains("data:"),
                        () -> "active URL in " + m.group() + " of " + html);
            }
        }
        String lower = html.toLowerCase(Locale.ROOT);
        for (String element : List.of("<script", "<img", "<iframe", "<svg", "<style", "<object", "<embed")) {
            assertFalse(lower.contains(element), () -> element + " in " + html);
        }
    }

    private static List<String> tags(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            names.add(m.group(2).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static List<Map<String, String>> attributesOf(String html, String element) {
        List<Map<String, String>> result = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            if (m.group(1).isEmpty() && m.group(2).equalsIgnoreCase(element)) {
                Map<String, String> attributes = new java.util.LinkedHashMap<>();
                Matcher a = ATTRIBUTE.matcher(m.group(3));
                while (a.find()) {
                    attributes.put(a.group(1).toLowerCase(Locale.ROOT), a.group(2));
                }
                result.add(attributes);
            }
        }
        return result;
    }

    private static void assertRelNofollow(Map<String, String> link) {
        Set<String> rel = Set.of(link.getOrDefault("rel", "").split("\\s+"));
        assertTrue(rel.containsAll(Set.of("nofollow", "noopener", "noreferrer")), link::toString);
    }
}
