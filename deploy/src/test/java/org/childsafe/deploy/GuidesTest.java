package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/guides} whole: every guide exists in Vietnamese and English, every picture it shows exists (the
 * browser tests write them, see {@link Screenshots}) and has alt text, and a Vietnamese guide shows Vietnamese
 * pages.
 */
class GuidesTest {

    private static final Path GUIDES = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize()
            .resolve("docs/guides");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\((images/[^)]+)\\)");

    @Test
    void everyGuideHasAVietnameseAndAnEnglishVersion() throws IOException {
        List<String> guides = guides().stream().map(p -> p.getFileName().toString()).toList();
        assertThat(guides).isNotEmpty();
        for (String guide : guides) {
            String other = guide.endsWith(".vi.md") ? guide.replace(".vi.md", ".en.md") : guide.replace(".en.md", ".vi.md");
            assertThat(guides).as("counterpart of " + guide).contains(other);
        }
        assertThat(Files.readString(GUIDES.resolve("README.md"), StandardCharsets.UTF_8)).contains(guides);
    }

    @Test
    void everyPictureExistsHasAltTextAndIsInTheGuidesLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path guide : guides()) {
            String lang = guide.getFileName().toString().endsWith(".vi.md") ? "vi" : "en";
            Matcher m = IMAGE.matcher(Files.readString(guide, StandardCharsets.UTF_8));
            while (m.find()) {
                String where = guide.getFileName() + ": " + m.group(2);
                if (m.group(1).isBlank()) {
                    problems.add(where + " has no alt text");
                }
                if (!Files.isRegularFile(GUIDES.resolve(m.group(2)))) {
                    problems.add(where + " does not exist");
                }
                if (!m.group(2).endsWith("." + lang + ".png")) {
                    problems.add(where + " is not a picture of the " + lang + " page");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<Path> guides() throws IOException {
        try (Stream<Path> files = Files.list(GUIDES)) {
            return files.filter(p -> p.getFileName().toString().matches(".+\\.(vi|en)\\.md")).sorted().toList();
        }
    }
}
