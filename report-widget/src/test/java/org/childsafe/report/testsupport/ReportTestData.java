package org.childsafe.report.testsupport;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.childsafe.lti.keys.application.KeyEncryptionKey;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.session.domain.CounselorDesignation;
import org.childsafe.report.cases.domain.AffectedPerson;
import org.childsafe.report.cases.domain.Answer;
import org.childsafe.report.cases.domain.CaseCode;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportContent;
import org.childsafe.report.cases.domain.ReportSource;
import org.childsafe.report.cases.infrastructure.JpaReportCaseRepository;
import org.childsafe.report.crypto.CaseCrypto;
import org.childsafe.report.crypto.MasterKeyRing;

/** Cases, counselors and crypto for triage tests. */
public final class ReportTestData {

    /** Words of the report that must never appear in a notification or a referral. */
    public static final String SECRET_WORDS = "Nhóm Telegram SECRET-GROUP-77 đăng ảnh của em";

    private ReportTestData() {
    }

    public static CaseCrypto crypto() {
        return new CaseCrypto(new MasterKeyRing(KeyEncryptionKey.of(new SecureRandom().generateSeed(32)), List.of()));
    }

    /** A stored anonymous case whose encrypted content is {@link #SECRET_WORDS}. */
    public static ReportCase newCase(PersistenceFixture db, CaseCrypto crypto, long school, Priority priority,
            Instant at, Category... categories) {
        CaseCode code = CaseCode.random(new SecureRandom());
        return db.fromTransaction(em -> new JpaReportCaseRepository(em).save(new ReportCase(school, code, "pbkdf2$hash",
                Set.of(categories), priority, Answer.NO, AffectedPerson.ME, ReportSource.LAUNCH, null,
                crypto.sealNew(code, new ReportContent(SECRET_WORDS, "last week", "Telegram",
                        List.of("https://t.me/secret_group_77"), "@secret_admin", null, null, "vi").toJson()), at)));
    }

    /** Designates a user as counselor of the school. */
    public static void designate(PersistenceFixture db, long school, long userId) {
        db.inTransaction(em -> em.persist(new CounselorDesignation(school, userId, "tool-admin", Instant.EPOCH)));
    }
}
