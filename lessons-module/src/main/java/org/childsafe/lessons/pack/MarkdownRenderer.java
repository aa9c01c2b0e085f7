package org.childsafe.lessons.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Lesson pages are CommonMark written by educators, so they are untrusted input to the page: raw HTML is
 * <em>escaped</em> (shown as text, never interpreted) and link and image destinations are kept only when they
 * are {@code http(s)} or relative; anything else ({@code javascript:}, {@code data:}, {@code mailto:}, …) becomes
 * {@code #}. External links open in a new window with {@code rel="noopener noreferrer"}, since the page runs in
 * an LMS iframe. The loader refuses such links at load time ({@link #disallowedLinks(String)}); the renderer's
 * sanitising is the second line of defence.
 *
 * <p>Thread-safe: commonmark's parser and renderer are immutable.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new AllowedUrls())
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link link && isAbsoluteHttp(link.getDestination())) {
                    attributes.put("target", "_blank");
                    attributes.put("rel", "noopener noreferrer");
                }
            })
            .build();

    private MarkdownRenderer() {
    }

    /** Safe HTML for a Markdown source (null gives an empty string). */
    public static String render(String markdown) {
        return markdown == null ? "" : RENDERER.render(PARSER.parse(markdown));
    }

    /** Link and image destinations the format does not allow, in document order. */
    public static List<String> disallowedLinks(String markdown) {
        List<String> bad = new ArrayList<>();
        if (markdown == null) {
            return bad;
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                check(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                check(image.getDestination());
                visitChildren(image);
            }

            private void check(String destination) {
                if (!allowed(destination)) {
                    bad.add(destination);
                }
            }
        });
        return bad;
    }

    /** True for {@code http(s)} URLs and relative references (no scheme). */
    static boolean allowed(String destination) {
        if (destination == null) {
            return false;
        }
        String trimmed = destination.strip();
        int colon = trimmed.indexOf(':');
        int slash = firstOf(trimmed, '/', '?', '#');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        if (!hasScheme) {
            return !trimmed.startsWith("//") && !trimmed.startsWith("\\");
        }
        return isAbsoluteHttp(trimmed);
    }

    private static boolean isAbsoluteHttp(String destination) {
        String lower = destination.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static int firstOf(String text, char... chars) {
        int first = -1;
        for (char c : chars) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static final class AllowedUrls implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return allowed(url) ? url : "#";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return allowed(url) ? url : "#";
        }
    }
}
