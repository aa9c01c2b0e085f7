package org.childsafe.report.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.childsafe.report.attachments.AttachmentRejectedException;
import org.childsafe.report.cases.domain.AffectedPerson;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.links.LinkVerdict;
import org.junit.jupiter.api.Test;

/** The report bundles: same keys and placeholders in vi and en, default = en, and every key a page or code uses. */
class ReportMessagesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("reportMsg\\['([a-zA-Z.]+)'\\]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void everyTextExistsInVietnameseAndEnglishWithTheSamePlaceholders() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");

        assertThat(vi.keySet()).isEqualTo(en.keySet());
        assertThat(load("messages.properties")).isEqualTo(en);
        for (String key : en.stringPropertyNames()) {
            assertThat(vi.getProperty(key)).as(key).isNotBlank();
            assertThat(placeholders(vi.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Properties en = load("messages_en.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/resources/META-INF/resources"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(en.stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyEnumAndErrorCodeHasAText() throws IOException {
        Properties en = load("messages_en.properties");
        for (Category c : Category.values()) {
            assertThat(en).containsKey("category." + c.name());
        }
        for (AffectedPerson a : AffectedPerson.values()) {
            assertThat(en).containsKey("affected." + a.name());
        }
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(en).containsKey("status." + s.name());
        }
        for (LinkVerdict.Level l : LinkVerdict.Level.values()) {
            assertThat(en).containsKey("links.level." + l.name());
        }
        for (String code : new String[] {"type", "size", "pixels", "unreadable", "count", "not-allowed"}) {
            assertThat(en).containsKey(new AttachmentRejectedException("report.attachment." + code).code());
        }
        assertThat(en).containsKeys("report.error.categories", "report.error.too-long", "report.error.links",
                "report.error.message-empty", "report.error.not-stored", "report.limited.submit",
                "report.limited.access", "report.limited.message", "report.access.denied");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportMessagesTest.class.getResourceAsStream("/org/childsafe/report/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
