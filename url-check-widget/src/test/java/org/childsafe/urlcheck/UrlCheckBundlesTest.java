package org.childsafe.urlcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.childsafe.urlcheck.verdict.Rating;
import org.childsafe.urlcheck.verdict.Reason;
import org.junit.jupiter.api.Test;

/** The module's vi/en bundles: same keys, English default, patterns that format, a text for every engine code. */
class UrlCheckBundlesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.forLanguageTag("en");

    @Test
    void everyTextExistsInVietnameseAndEnglishAndTheDefaultBundleIsEnglish() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");

        assertThat(vi.keySet()).isEqualTo(en.keySet());
        assertThat(load("messages.properties")).isEqualTo(en);
        assertThat(vi.stringPropertyNames()).allSatisfy(key -> assertThat(vi.getProperty(key)).isNotBlank());
    }

    @Test
    void everyPatternWithArgumentsFormatsInBothLanguages() throws IOException {
        for (String file : new String[] {"messages_vi.properties", "messages_en.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                if (pattern.contains("{0}")) {
                    String formatted = new MessageFormat(pattern).format(new Object[] {"A", "B", "C", "D", "E"});
                    assertThat(formatted).as(file + " " + key).doesNotContain("{0}").contains("A");
                }
            }
        }
    }

    @Test
    void everyReasonRatingAndInputErrorOfTheEngineHasATextInBothLanguages() {
        String[] reasons = {Reason.CATEGORY, Reason.MALWARE, Reason.LOOKALIKE, Reason.PROTECTED_IN_SUBDOMAIN,
                Reason.MIXED_SCRIPT, Reason.WHOLE_SCRIPT, Reason.INVISIBLE, Reason.IP_LITERAL, Reason.USERINFO,
                Reason.SHORTENER, Reason.SCHOOL_BLOCK, Reason.SCHOOL_ALLOW, Reason.NOT_LISTED};
        for (Locale locale : new Locale[] {VI, EN}) {
            for (String code : reasons) {
                assertThat(UrlCheckText.text(locale, Reason.of(code).bundleKey())).as(code).doesNotStartWith("urlcheck.");
            }
            for (Rating rating : Rating.values()) {
                assertThat(VerdictTexts.title(locale, rating)).doesNotStartWith("verdict.");
                assertThat(VerdictTexts.advice(locale, rating)).doesNotStartWith("verdict.");
            }
            for (String code : new String[] {"urlcheck.empty", "urlcheck.too_long", "urlcheck.not_a_url",
                    "urlcheck.scheme_not_allowed"}) {
                assertThat(UrlCheckText.text(locale, code)).as(code).isNotEqualTo(code);
            }
        }
        assertThat(VerdictTexts.reason(EN, Reason.of(Reason.LOOKALIKE, "vietcombank.com.vn")))
                .contains("vietcombank.com.vn");
        assertThat(VerdictTexts.title(VI, Rating.UNSAFE)).isEqualTo("Không an toàn");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UrlCheckBundlesTest.class.getResourceAsStream("/org/childsafe/urlcheck/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
