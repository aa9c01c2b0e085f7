package org.childsafe.report.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.report.cases.domain.ReportSchoolSettings;
import org.childsafe.report.cases.domain.ReportSchoolSettingsRepository;
import org.childsafe.report.config.ReportConfig;

/**
 * A school's {@link Guidance}: its overrides in {@code report_school_settings} over the {@code report.*} defaults.
 *
 * <p>When the overrides cannot be read (the database is away: an outage, a fail-over) the configured defaults are
 * used, so that the emergency numbers — the one thing a child in danger needs from a report page — still show;
 * without this, the page meant to tell a child what to do when the report cannot be saved failed itself.
 */
@ApplicationScoped
public class SchoolPolicies {

    private static final Logger LOG = Logger.getLogger(SchoolPolicies.class.getName());

    @Inject
    ReportConfig config;

    @Inject
    ReportSchoolSettingsRepository settings;

    protected SchoolPolicies() {
    }

    /** For tests outside the container. */
    public SchoolPolicies(ReportConfig config, ReportSchoolSettingsRepository settings) {
        this.config = config;
        this.settings = settings;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Guidance of(long deploymentPk, Locale locale) {
        Optional<ReportSchoolSettings> school = overrides(deploymentPk);
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return new Guidance(
                school.flatMap(ReportSchoolSettings::policeNumber).orElse(config.police()),
                school.flatMap(ReportSchoolSettings::childLineNumber).orElse(config.childLine()),
                school.flatMap(english ? ReportSchoolSettings::guidanceEn : ReportSchoolSettings::guidanceVi).orElse(null),
                school.flatMap(ReportSchoolSettings::replyTimeHours).orElse(config.replyTimeHours()),
                school.flatMap(ReportSchoolSettings::retentionMonths).orElse(config.retentionMonths()),
                school.flatMap(ReportSchoolSettings::smallClassMinimum).orElse(config.smallClassMinimum()));
    }

    private Optional<ReportSchoolSettings> overrides(long deploymentPk) {
        try {
            return settings.find(deploymentPk);
        } catch (RuntimeException unreadable) {
            LOG.log(Level.WARNING, "School settings could not be read ({0}); the configured emergency numbers are shown.",
                    unreadable.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
