package org.childsafe.lti.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricLabelsTest {

    @Test
    void keepsStableCodesInLowerCase() {
        assertThat(MetricLabels.code("lti.invalid_signature")).isEqualTo("lti.invalid_signature");
        assertThat(MetricLabels.code("UNSAFE")).isEqualTo("unsafe");
        assertThat(MetricLabels.code("ags.user-not-gradable")).isEqualTo("ags.user-not-gradable");
    }

    @Test
    void turnsAnythingThatIsNoCodeIntoOther() {
        assertThat(MetricLabels.code("Nguyễn Văn A")).isEqualTo(MetricLabels.OTHER);
        assertThat(MetricLabels.code("https://example.com/x")).isEqualTo(MetricLabels.OTHER);
        assertThat(MetricLabels.code("a\"} 1\nforged_metric 2")).isEqualTo(MetricLabels.OTHER);
        assertThat(MetricLabels.code("x".repeat(65))).isEqualTo(MetricLabels.OTHER);
    }

    @Test
    void namesAMissingValueNone() {
        assertThat(MetricLabels.code(null)).isEqualTo(MetricLabels.NONE);
        assertThat(MetricLabels.code("  ")).isEqualTo(MetricLabels.NONE);
    }
}
