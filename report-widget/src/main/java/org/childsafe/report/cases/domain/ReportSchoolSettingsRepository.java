package org.childsafe.report.cases.domain;

import java.util.Optional;

/** Per-school overrides of the report configuration. */
public interface ReportSchoolSettingsRepository {

    /** The school's overrides, if any were saved. */
    Optional<ReportSchoolSettings> find(long deploymentPk);

    /** Stores new overrides (changes to loaded ones are written at commit). */
    ReportSchoolSettings save(ReportSchoolSettings settings);
}
