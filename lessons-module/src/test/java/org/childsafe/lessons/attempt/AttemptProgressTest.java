package org.childsafe.lessons.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Progress survives its stored form, and a doctored stored form cannot inject anything but ids. */
class AttemptProgressTest {

    @Test
    void roundTripsStepChoicesAnswersAndPledges() {
        AttemptProgress progress = new AttemptProgress();
        progress.moveTo(3);
        progress.choose("choice-1", "b");
        progress.answer("q2", List.of("a", "c"));
        progress.answer("q5", List.of("c", "a", "b"));
        progress.pledge(Set.of(0, 2));

        AttemptProgress read = AttemptProgress.decode(progress.encode());

        assertThat(read.step()).isEqualTo(3);
        assertThat(read.choices()).containsEntry("choice-1", "b");
        assertThat(read.answers()).containsEntry("q2", List.of("a", "c")).containsEntry("q5", List.of("c", "a", "b"));
        assertThat(read.pledges()).containsExactly(0, 2);
    }

    @Test
    void skipsMalformedLines() {
        AttemptProgress read = AttemptProgress.decode("step=x\nanswer.q1=<b>\nchoice.c=\npledges=1,zz\nanswer.q2=a\n");

        assertThat(read.step()).isZero();
        assertThat(read.answers()).containsOnlyKeys("q2");
        assertThat(read.choices()).isEmpty();
    }
}
