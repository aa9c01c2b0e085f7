package org.childsafe.report.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.childsafe.report.cases.domain.ReportSchoolSettings;
import org.childsafe.report.cases.domain.ReportSchoolSettingsRepository;
import org.childsafe.report.config.ReportConfig;

/** A school's {@link Guidance}: its overrides in {@code report_school_settings} over the {@code report.*} defaults. */
@ApplicationScoped
public class SchoolPolicies {

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
        Optional<ReportSchoolSettings> school = settings.find(deploymentPk);
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return new Guidance(
                school.flatMap(ReportSchoolSettings::policeNumber).orElse(config.police()),
                school.flatMap(ReportSchoolSettings::childLineNumber).orElse(config.childLine()),
                school.flatMap(english ? ReportSchoolSettings::guidanceEn : ReportSchoolSettings::guidanceVi).orElse(null),
                school.flatMap(ReportSchoolSettings::replyTimeHours).orElse(config.replyTimeHours()),
                school.flatMap(ReportSchoolSettings::retentionMonths).orElse(config.retentionMonths()),
                school.flatMap(ReportSchoolSettings::smallClassMinimum).orElse(config.smallClassMinimum()));
    }
}
