package org.childsafe.report.triage.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.childsafe.report.triage.domain.DuePolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Triage settings ({@code report.triage.*}, {@code report.network.province}):
 * <ul>
 * <li>{@code report.triage.due.life-safety-hours} (1), {@code .high-hours} (24), {@code .medium-hours} (72),
 * {@code .low-hours} (168) — first-response due times</li>
 * <li>{@code report.network.province} — the province or city prefilled in referrals (no default)</li>
 * </ul>
 */
@ApplicationScoped
public class TriageConfig {

    @Inject
    @ConfigProperty(name = "report.triage.due.life-safety-hours", defaultValue = "1")
    int lifeSafetyHours;

    @Inject
    @ConfigProperty(name = "report.triage.due.high-hours", defaultValue = "24")
    int highHours;

    @Inject
    @ConfigProperty(name = "report.triage.due.medium-hours", defaultValue = "72")
    int mediumHours;

    @Inject
    @ConfigProperty(name = "report.triage.due.low-hours", defaultValue = "168")
    int lowHours;

    @Inject
    @ConfigProperty(name = "report.network.province")
    Optional<String> province;

    private DuePolicy duePolicy;

    protected TriageConfig() {
    }

    /** For tests outside the container. */
    public TriageConfig(DuePolicy duePolicy, Optional<String> province) {
        this.duePolicy = duePolicy;
        this.province = province;
    }

    @PostConstruct
    void validate() {
        try {
            duePolicy = new DuePolicy(Duration.ofHours(lifeSafetyHours), Duration.ofHours(highHours),
                    Duration.ofHours(mediumHours), Duration.ofHours(lowHours));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("report.triage.due.*-hours must all be positive.");
        }
    }

    public DuePolicy duePolicy() {
        return duePolicy;
    }

    public Optional<String> province() {
        return province.filter(p -> !p.isBlank());
    }
}
