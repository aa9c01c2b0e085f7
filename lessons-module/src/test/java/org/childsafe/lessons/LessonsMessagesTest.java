package org.childsafe.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The lessons bundle: every key in Vietnamese and English, the default bundle an exact copy of English. */
class LessonsMessagesTest {

    @Test
    void everyTextExistsInVietnameseAndEnglishAndTheDefaultBundleIsEnglish() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        Properties base = load("messages.properties");

        assertThat(vi.keySet()).isEqualTo(en.keySet());
        assertThat(base).isEqualTo(en);
        assertThat(vi.stringPropertyNames()).allSatisfy(key -> assertThat(vi.getProperty(key)).isNotBlank());
    }

    @Test
    void theStandardHelpCardNamesBothHotlines() throws IOException {
        for (String name : new String[] {"messages_vi.properties", "messages_en.properties"}) {
            Properties texts = load(name);
            assertThat(texts.getProperty("help.111")).contains("111");
            assertThat(texts.getProperty("help.113")).contains("113");
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LessonsMessagesTest.class.getResourceAsStream("/org/childsafe/lessons/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
