package org.childsafe.report.referral;

import java.time.LocalDate;
import java.util.List;
import org.childsafe.report.referral.domain.AgeBand;
import org.childsafe.report.referral.domain.ChildIdentity;
import org.childsafe.report.referral.domain.CounselorContact;
import org.childsafe.report.referral.domain.LegalBasis;
import org.childsafe.report.referral.domain.ReferralPayload;
import org.childsafe.report.referral.domain.TimeWindow;

/** Valid referral payloads for tests. */
public final class ReferralTestData {

    private ReferralTestData() {
    }

    /** A complete payload without the child's identity. */
    public static ReferralPayload payload() {
        return new ReferralPayload("CSR-ABCDEFGH23456789", List.of("HARASSMENT", "MALICIOUS_GROUP"), "HIGH",
                "A group on a messaging app shares edited photos of a student and threatens to post more.",
                List.of("https://t.me/example_group"), List.of("@example_admin"), List.of("Telegram"),
                new TimeWindow(LocalDate.parse("2026-02-20"), LocalDate.parse("2026-02-27"), true),
                "Hà Nội", "THCS Example", AgeBand.LOWER_SECONDARY, true,
                new CounselorContact("Nguyễn Thị Lan", "lan.counselor@school.example.edu.vn", "+84 24 0000 0000"), null);
    }

    /** The same payload with the child's identity under an emergency legal basis. */
    public static ReferralPayload payloadWithChild() {
        ReferralPayload p = payload();
        return new ReferralPayload(p.caseReference(), p.categories(), "LIFE_SAFETY", p.summary(), p.links(),
                p.accounts(), p.platforms(), p.timeWindow(), p.province(), p.schoolName(), p.ageBand(), p.schoolActed(),
                p.contact(), new ChildIdentity("Trần Văn B", "8A", LegalBasis.EMERGENCY));
    }
}
