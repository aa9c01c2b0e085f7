package org.childsafe.lti.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Language negotiation and the vi/en bundles the tool core ships. */
class MessagesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.forLanguageTag("en");

    @Test
    void answersInVietnameseUnlessEnglishIsPreferred() {
        assertThat(Messages.negotiate(null)).isEqualTo(VI);
        assertThat(Messages.negotiate("")).isEqualTo(VI);
        assertThat(Messages.negotiate("vi-VN,vi;q=0.9")).isEqualTo(VI);
        assertThat(Messages.negotiate("en-US,en;q=0.9")).isEqualTo(EN);
        assertThat(Messages.negotiate("fr-FR, en;q=0.5")).isEqualTo(EN);
        assertThat(Messages.negotiate("vi;q=0.1, en;q=0.8")).isEqualTo(EN);
        assertThat(Messages.negotiate("fr, de")).isEqualTo(VI);
        assertThat(Messages.negotiate(";;q=x,,")).isEqualTo(VI);
    }

    @Test
    void formatsArgumentsAndFallsBackToTheKey() {
        assertThat(Messages.text(EN, "validation.too-long", "Client ID", "255")).isEqualTo("Client ID must be at most 255 characters.");
        assertThat(Messages.text(VI, "problem.auth.forbidden")).isEqualTo("Bạn không có quyền thực hiện việc này.");
        assertThat(Messages.text(EN, "no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void everyTextExistsInVietnameseAndEnglishAndTheDefaultBundleIsEnglish() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        Properties base = load("messages.properties");

        assertThat(vi.keySet()).isEqualTo(en.keySet());
        assertThat(base).isEqualTo(en);
        assertThat(vi.stringPropertyNames()).allSatisfy(key -> assertThat(vi.getProperty(key)).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/childsafe/lti/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
