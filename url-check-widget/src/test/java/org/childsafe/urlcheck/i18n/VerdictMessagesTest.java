package org.childsafe.urlcheck.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.childsafe.urlcheck.canonical.InvalidUrlException;
import org.childsafe.urlcheck.feeds.RefreshOutcome;
import org.childsafe.urlcheck.verdict.AgeBand;
import org.childsafe.urlcheck.verdict.Rating;
import org.childsafe.urlcheck.verdict.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The engine's texts exist in Vietnamese and English, and every code the engine emits has a text. */
class VerdictMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "verdict"})
    void everyTextExistsInVietnameseAndEnglishAndTheDefaultBundleIsEnglish(String bundle) throws IOException {
        Properties vi = load(bundle + "_vi.properties");
        Properties en = load(bundle + "_en.properties");

        assertThat(vi.keySet()).isEqualTo(en.keySet());
        assertThat(load(bundle + ".properties")).isEqualTo(en);
        assertThat(vi.stringPropertyNames()).allSatisfy(key -> assertThat(vi.getProperty(key)).isNotBlank());
    }

    @Test
    void everyCodeTheEngineEmitsHasAText() throws Exception {
        Properties en = load("verdict_en.properties");

        assertThat(constants(Reason.class)).allSatisfy(code -> assertThat(en).containsKey("urlcheck.reason." + code));
        assertThat(constants(InvalidUrlException.class)).allSatisfy(code -> assertThat(en).containsKey(code));
        assertThat(constants(RefreshOutcome.class)).allSatisfy(code -> assertThat(en).containsKey(code));
        assertThat(Rating.values()).allSatisfy(r -> assertThat(en).containsKey("urlcheck.rating." + r));
        assertThat(AgeBand.values()).allSatisfy(b -> assertThat(en).containsKey("urlcheck.band." + b));
    }

    @Test
    void everyLoadedFeedCategoryHasAName() throws IOException {
        List<String> categories = Files.readAllLines(
                Path.of("src/feeds/org/childsafe/urlcheck/feeds/data/ut1/blacklists/categories.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        Properties vi = load("verdict_vi.properties");

        assertThat(categories).hasSizeGreaterThan(60)
                .allSatisfy(c -> assertThat(vi).containsKey("urlcheck.category." + c));
    }

    private static List<String> constants(Class<?> type) throws IllegalAccessException {
        List<Field> fields = Arrays.stream(type.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).toList();
        String[] out = new String[fields.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (String) fields.get(i).get(null);
        }
        return List.of(out);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = VerdictMessagesTest.class.getResourceAsStream("/org/childsafe/urlcheck/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
