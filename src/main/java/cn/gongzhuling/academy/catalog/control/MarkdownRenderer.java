package cn.gongzhuling.academy.catalog.control;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Lesson Markdown to safe HTML: CommonMark (with tables) renders, raw HTML in
 * the source is escaped rather than passed through, and the OWASP sanitizer
 * removes anything that could run script (script elements, event handlers,
 * javascript: and data: links) whatever the renderer produced.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    /** A list's first number (matching(boolean, String...) would take a literal value, not a pattern). */
    private static final Pattern START = Pattern.compile("[0-9]{1,4}");
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "ul", "ol", "li", "pre", "code", "hr", "br", "strong", "em", "del")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                    .allowAttributes("start").matching(START).onElements("ol")
                    .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
                    .toFactory());

    private MarkdownRenderer() {
    }

    public static String render(String markdown) {
        return sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
