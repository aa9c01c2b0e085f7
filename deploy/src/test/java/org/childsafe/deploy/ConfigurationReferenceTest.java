package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/configuration.md} true: every MicroProfile Config key the code reads (an
 * {@code @ConfigProperty(name = "…")}, a {@code PROPERTY = "…"} constant, a key with a default in a module's
 * {@code microprofile-config.properties}, or a {@code ${MPCONFIG=…}} of the data source) has a row there, and
 * every row names a key that still exists.
 */
class ConfigurationReferenceTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Pattern IN_JAVA = Pattern.compile(
            "@ConfigProperty\\(\\s*name\\s*=\\s*\"([a-z][a-z0-9.-]+)\"|PROPERTY\\w* = \"([a-z][a-z0-9.-]+)\"|MPCONFIG=([a-z][a-z0-9.-]+)");
    private static final Pattern IN_PROPERTIES = Pattern.compile("(?m)^([a-z][a-z0-9.-]+)\\s*=");
    private static final Pattern DOCUMENTED = Pattern.compile("(?m)^\\| `([a-z][a-z0-9.<>*-]+)`");
    /** Keys owned by libraries, not by ChildSafe. */
    private static final Set<String> FOREIGN = Set.of("mp.openapi.extensions.scan.lib");

    @Test
    void everyConfigurationKeyIsDocumentedAndEveryDocumentedKeyExists() throws IOException {
        Set<String> used = keysInCode();
        Set<String> documented = documentedKeys();

        assertThat(used).as("keys the code reads but docs/configuration.md does not list").isSubsetOf(documented);
        assertThat(documented.stream().filter(key -> !key.contains("<")).toList())
                .as("keys docs/configuration.md lists but no code reads").isSubsetOf(used);
    }

    private static Set<String> keysInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(ConfigurationReferenceTest::isMainSource).forEach(file -> {
                String text = read(file);
                Matcher m = (file.toString().endsWith(".java") ? IN_JAVA : IN_PROPERTIES).matcher(text);
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            keys.add(m.group(g));
                        }
                    }
                }
            });
        }
        keys.removeAll(FOREIGN);
        return keys;
    }

    private static boolean isMainSource(Path file) {
        String path = ROOT.relativize(file).toString().replace('\\', '/');
        return path.matches("[a-z-]+/src/main/.*")
                && (path.endsWith(".java") || path.endsWith("META-INF/microprofile-config.properties"));
    }

    private static Set<String> documentedKeys() {
        Set<String> keys = new TreeSet<>();
        Matcher m = DOCUMENTED.matcher(read(ROOT.resolve("docs/configuration.md")));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
