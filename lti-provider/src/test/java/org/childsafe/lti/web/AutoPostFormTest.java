package org.childsafe.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML attribute escaping of the auto-posted form. */
class AutoPostFormTest {

    @Test
    void escapesEveryHtmlSpecialCharacter() {
        assertThat(AutoPostForm.escape("&")).isEqualTo("&amp;");
        assertThat(AutoPostForm.escape("<")).isEqualTo("&lt;");
        assertThat(AutoPostForm.escape(">")).isEqualTo("&gt;");
        assertThat(AutoPostForm.escape("\"")).isEqualTo("&quot;");
        assertThat(AutoPostForm.escape("'")).isEqualTo("&#39;");
    }

    @Test
    void escapesAnAttributeBreakout() {
        assertThat(AutoPostForm.escape("\"><script>alert('x&y')</script>"))
                .isEqualTo("&quot;&gt;&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt;");
    }

    @Test
    void escapesAmpersandOnlyOnce() {
        assertThat(AutoPostForm.escape("&amp;")).isEqualTo("&amp;amp;");
    }

    @Test
    void leavesOrdinaryTextAndTokensUnchanged() {
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln-_";

        assertThat(AutoPostForm.escape(token)).isEqualTo(token);
        assertThat(AutoPostForm.escape("Tiếp tục / Continue")).isEqualTo("Tiếp tục / Continue");
        assertThat(AutoPostForm.escape("")).isEmpty();
    }
}
