package org.childsafe.report.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.util.Locale;
import java.util.Optional;
import org.childsafe.report.cases.domain.ReportSchoolSettings;
import org.childsafe.report.cases.domain.ReportSchoolSettingsRepository;
import org.childsafe.report.config.ReportConfig;
import org.junit.jupiter.api.Test;

class SchoolPoliciesTest {

    @Test
    void theConfiguredEmergencyNumbersShowWhenTheDatabaseIsAway() {
        ReportSchoolSettingsRepository away = new ReportSchoolSettingsRepository() {
            @Override
            public Optional<ReportSchoolSettings> find(long deploymentPk) {
                throw new PersistenceException("Unable to acquire JDBC Connection: connection refused");
            }

            @Override
            public ReportSchoolSettings save(ReportSchoolSettings settings) {
                throw new UnsupportedOperationException();
            }
        };
        ReportConfig config = ReportConfig.defaults();

        Guidance guidance = new SchoolPolicies(config, away).of(7, Locale.forLanguageTag("vi"));

        assertThat(guidance.police()).isEqualTo(config.police()).isEqualTo("113");
        assertThat(guidance.childLine()).isEqualTo(config.childLine()).isEqualTo("111");
        assertThat(guidance.extraText()).isNull();
    }
}
