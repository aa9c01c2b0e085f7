package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The container image logs one JSON object per line: its logging properties give the console Payara's JSON
 * formatter — the one {@link ObservabilityIT} formats the captured server log with — and the image starts Payara
 * Micro with those properties.
 */
class ContainerLoggingTest {

    private static final Path CONTAINER = Path.of("src/main/container");

    @Test
    void theImageStartsPayaraWithTheJsonFormatterOnTheConsole() throws IOException {
        Properties logging = new Properties();
        try (Reader in = Files.newBufferedReader(CONTAINER.resolve("logging.properties"))) {
            logging.load(in);
        }
        String containerfile = Files.readString(CONTAINER.resolve("Containerfile"));

        assertThat(logging.getProperty("handlers")).isEqualTo("java.util.logging.ConsoleHandler");
        assertThat(logging.getProperty("java.util.logging.ConsoleHandler.formatter"))
                .isEqualTo(LogCaptureTestServlet.JSON_FORMATTER);
        assertThat(containerfile).contains("\"--logproperties\", \"/opt/childsafe/logging.properties\"")
                .contains("COPY childsafe-micro.jar post-boot-commands.asadmin logging.properties /opt/childsafe/");
    }
}
