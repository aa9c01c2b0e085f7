package org.childsafe.lessons;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.childsafe.lessons.attempt.AttemptPolicy;
import org.childsafe.lti.config.ToolConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The lessons module's settings (MicroProfile Config, prefix {@code lessons.}; defaults in this module's
 * {@code META-INF/microprofile-config.properties}), validated at start-up so a typo stops deployment with the
 * property's name rather than misbehaving later.
 *
 * <h2>Keys</h2>
 * <ul>
 * <li>{@code lessons.packs.dir} ({@code LESSONS_PACKS_DIR}) — folder of operator packs, one sub-folder per pack
 * (default {@code <tool.data-dir>/lesson-packs}; a missing folder just means no operator packs)</li>
 * <li>{@code lessons.bundled-pack} — class-path folder of the bundled pack (default {@value #DEFAULT_BUNDLED})</li>
 * <li>{@code lessons.attempt-policy} ({@code LESSONS_ATTEMPT_POLICY}) — {@code best} or {@code last}: which
 * completed attempt counts as a learner's score and is sent to the gradebook (default {@code best})</li>
 * </ul>
 */
@ApplicationScoped
public class LessonsConfig {

    /** Default class-path folder of the bundled pack. */
    public static final String DEFAULT_BUNDLED = "lesson-packs/core";

    static final String ERROR_POLICY = "Configuration property lessons.attempt-policy must be 'best' or 'last', not '%s'.";

    @Inject
    ToolConfig tool;

    @Inject
    @ConfigProperty(name = "lessons.packs.dir")
    Optional<String> packsDir;

    @Inject
    @ConfigProperty(name = "lessons.bundled-pack", defaultValue = DEFAULT_BUNDLED)
    String bundledPack;

    @Inject
    @ConfigProperty(name = "lessons.attempt-policy", defaultValue = "best")
    String attemptPolicy;

    private AttemptPolicy policy;

    protected LessonsConfig() {
    }

    /** For tests. */
    public LessonsConfig(Path packsDir, String bundledPack, AttemptPolicy policy) {
        this.packsDir = Optional.of(packsDir.toString());
        this.bundledPack = bundledPack;
        this.policy = policy;
    }

    @PostConstruct
    void validate() {
        policy = AttemptPolicy.parse(attemptPolicy)
                .orElseThrow(() -> new IllegalStateException(String.format(Locale.ROOT, ERROR_POLICY, attemptPolicy)));
    }

    public Path packsDir() {
        return packsDir.filter(dir -> !dir.isBlank()).map(Path::of)
                .orElseGet(() -> tool.dataDir().resolve("lesson-packs"));
    }

    public String bundledPack() {
        return bundledPack;
    }

    public AttemptPolicy attemptPolicy() {
        return policy;
    }
}
