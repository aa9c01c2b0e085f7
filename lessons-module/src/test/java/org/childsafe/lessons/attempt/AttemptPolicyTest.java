package org.childsafe.lessons.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Best and last attempt policies, and their configuration values. */
class AttemptPolicyTest {

    @Test
    void bestCountsTheHighestScore() {
        assertThat(AttemptPolicy.BEST.counted(List.of(80.0, 57.1, 71.4))).contains(80.0);
    }

    @Test
    void lastCountsTheMostRecentScoreEvenIfLower() {
        assertThat(AttemptPolicy.LAST.counted(List.of(80.0, 57.1))).contains(57.1);
    }

    @Test
    void nothingCountsWithoutACompletedAttempt() {
        assertThat(AttemptPolicy.BEST.counted(List.of())).isEmpty();
        assertThat(AttemptPolicy.LAST.counted(List.of())).isEmpty();
    }

    @Test
    void parsesConfigurationValuesCaseInsensitively() {
        assertThat(AttemptPolicy.parse(" Best ")).contains(AttemptPolicy.BEST);
        assertThat(AttemptPolicy.parse("last")).contains(AttemptPolicy.LAST);
        assertThat(AttemptPolicy.parse("first")).isEmpty();
        assertThat(AttemptPolicy.parse(null)).isEmpty();
    }
}
