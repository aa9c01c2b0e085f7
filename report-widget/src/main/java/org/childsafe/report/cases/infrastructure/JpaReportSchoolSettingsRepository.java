package org.childsafe.report.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import java.util.Optional;
import org.childsafe.report.cases.domain.ReportSchoolSettings;
import org.childsafe.report.cases.domain.ReportSchoolSettingsRepository;

/** JPA {@link ReportSchoolSettingsRepository}. */
@ApplicationScoped
public class JpaReportSchoolSettingsRepository implements ReportSchoolSettingsRepository {

    @PersistenceContext(unitName = "childsafe")
    EntityManager em;

    protected JpaReportSchoolSettingsRepository() {
    }

    /** For tests outside the container. */
    public JpaReportSchoolSettingsRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "Entity manager is required.");
    }

    @Override
    public Optional<ReportSchoolSettings> find(long deploymentPk) {
        return Optional.ofNullable(em.find(ReportSchoolSettings.class, deploymentPk));
    }

    @Override
    public ReportSchoolSettings save(ReportSchoolSettings settings) {
        Objects.requireNonNull(settings, "Settings are required.");
        if (!em.contains(settings)) {
            em.persist(settings);
            em.flush();
        }
        return settings;
    }
}
