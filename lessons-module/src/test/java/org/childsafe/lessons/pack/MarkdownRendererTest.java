package org.childsafe.lessons.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lesson Markdown is untrusted: raw HTML is shown as text and only http(s) and relative links survive. */
class MarkdownRendererTest {

    @Test
    void escapesRawHtml() {
        String html = MarkdownRenderer.render("Hi <script>alert(1)</script> <img src=x onerror=alert(1)>");

        assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;");
    }

    @Test
    void keepsHttpAndRelativeLinksAndOpensExternalOnesInANewWindow() {
        String html = MarkdownRenderer.render("[a](https://vn-cop.vn) [b](help.html)");

        assertThat(html).contains("href=\"https://vn-cop.vn\"", "rel=\"noopener noreferrer\"", "target=\"_blank\"",
                "href=\"help.html\"");
    }

    @Test
    void neutralisesOtherSchemes() {
        String html = MarkdownRenderer.render("[x](javascript:alert(1)) [y](data:text/html,hi) ![z](file:///etc/passwd)");

        assertThat(html).doesNotContain("javascript:", "data:", "file:");
        assertThat(MarkdownRenderer.disallowedLinks("[x](javascript:alert(1)) [ok](/a) [y](//evil.example/x)"))
                .containsExactly("javascript:alert(1)", "//evil.example/x");
    }

    @Test
    void rendersEmphasisAndLists() {
        assertThat(MarkdownRenderer.render("**strong**\n\n- one\n- two")).contains("<strong>strong</strong>", "<li>one</li>");
    }
}
