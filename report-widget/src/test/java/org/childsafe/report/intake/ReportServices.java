package org.childsafe.report.intake;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.childsafe.lti.audit.AuditEvent;
import org.childsafe.lti.keys.application.KeyEncryptionKey;
import org.childsafe.report.audit.CaseAudit;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.infrastructure.JpaReportAttachmentRepository;
import org.childsafe.report.cases.infrastructure.JpaReportCaseRepository;
import org.childsafe.report.cases.infrastructure.JpaReportMessageRepository;
import org.childsafe.report.cases.infrastructure.JpaReportSchoolSettingsRepository;
import org.childsafe.report.config.ReportConfig;
import org.childsafe.report.crypto.CaseCrypto;
import org.childsafe.report.crypto.MasterKeyRing;
import org.childsafe.report.guidance.SchoolPolicies;
import org.childsafe.report.receipt.ReporterCaseService;

/** The report services wired by hand on one entity manager, as the container wires them, for Java SE tests. */
public final class ReportServices {

    public static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final KeyEncryptionKey masterKey;
    private final CaseCrypto crypto;

    public ReportServices() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        this.masterKey = KeyEncryptionKey.of(raw);
        this.crypto = new CaseCrypto(new MasterKeyRing(masterKey, List.of()));
    }

    /** The master key the services' crypto wraps data keys with. */
    public KeyEncryptionKey masterKey() {
        return masterKey;
    }

    public CaseCrypto crypto() {
        return crypto;
    }

    public ReportIntakeService intake(EntityManager em) {
        return new ReportIntakeService(new JpaReportCaseRepository(em), new JpaReportAttachmentRepository(em), crypto,
                ReportConfig.defaults(), new SchoolPolicies(ReportConfig.defaults(), new JpaReportSchoolSettingsRepository(em)),
                audit(em), CLOCK);
    }

    public ReporterCaseService reporter(EntityManager em) {
        return new ReporterCaseService(new JpaReportCaseRepository(em), new JpaReportMessageRepository(em), crypto,
                audit(em), CLOCK);
    }

    /** The real audit rows, written with the test's entity manager. */
    public static CaseAudit audit(EntityManager em) {
        return new CaseAudit() {
            @Override
            public void record(String actor, String action, ReportCase reportCase, String detail) {
                em.persist(new AuditEvent(NOW, actor, action, target(reportCase.deploymentPk(), reportCase.id()), detail));
            }
        };
    }
}
