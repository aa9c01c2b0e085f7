package org.childsafe.report.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseCodeTest {

    @Test
    void randomCodesAreCanonicalAndParseBack() {
        CaseCode code = CaseCode.random(new SecureRandom());

        assertThat(code.value()).matches("[" + CaseCode.ALPHABET + "]{4}-[" + CaseCode.ALPHABET + "]{4}");
        assertThat(CaseCode.parse(code.value())).contains(code);
    }

    @Test
    void aTypedCodeIsForgivingAboutCaseSpacesAndDashes() {
        assertThat(CaseCode.parse(" k7qm 3xrt ")).contains(new CaseCode("K7QM-3XRT"));
        assertThat(CaseCode.parse("k7qm3xrt")).contains(new CaseCode("K7QM-3XRT"));
    }

    @Test
    void somethingElseIsNoCode() {
        assertThat(CaseCode.parse("K7QM-3XR")).isEmpty();
        assertThat(CaseCode.parse("K7QM-3XRTT")).isEmpty();
        assertThat(CaseCode.parse("O0I1-LLLL")).isEmpty();
        assertThat(CaseCode.parse("' or 1=1 --")).isEmpty();
        assertThat(CaseCode.parse(null)).isEmpty();
        assertThrows(IllegalArgumentException.class, () -> new CaseCode("k7qm-3xrt"));
    }

    @Test
    void dangerNowMeansLifeSafetyAndSeriousCategoriesHigh() {
        assertThat(Priority.suggestedFor(Set.of(Category.BULLYING), Answer.YES)).isEqualTo(Priority.LIFE_SAFETY);
        assertThat(Priority.suggestedFor(Set.of(Category.BULLYING, Category.SELF_HARM), Answer.DONT_KNOW))
                .isEqualTo(Priority.HIGH);
        assertThat(Priority.suggestedFor(Set.of(Category.FRAUD_SCAM), Answer.NO)).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void sexualAbuseReportsNeverAcceptAttachments() {
        assertThat(Category.attachmentsAllowed(Set.of(Category.BULLYING, Category.SEXUAL_ABUSE))).isFalse();
        assertThat(Category.attachmentsAllowed(Set.of(Category.BULLYING))).isTrue();
    }
}
