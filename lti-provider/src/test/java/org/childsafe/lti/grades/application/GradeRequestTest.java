package org.childsafe.lti.grades.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.childsafe.lti.services.ags.ActivityProgress;
import org.childsafe.lti.services.ags.GradingProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradeRequestTest {

    @Test
    void acceptsAFullScoreAndStripsAnEmptyComment() {
        GradeRequest request = new GradeRequest(10, 10, ActivityProgress.Completed, GradingProgress.FullyGraded, "  ", null);

        assertThat(request.comment()).isNull();
        assertThat(request.lineItem()).isNull();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.5, 10.01, Double.NaN, Double.POSITIVE_INFINITY})
    void refusesAScoreGivenOutsideZeroToMaximum(double given) {
        assertThrows(IllegalArgumentException.class,
                () -> new GradeRequest(given, 10, ActivityProgress.Completed, GradingProgress.FullyGraded, null, null));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void refusesAMaximumThatIsNotPositiveAndFinite(double maximum) {
        assertThrows(IllegalArgumentException.class,
                () -> new GradeRequest(0, maximum, ActivityProgress.Completed, GradingProgress.FullyGraded, null, null));
    }

    @Test
    void requiresBothProgressValues() {
        assertThrows(NullPointerException.class, () -> new GradeRequest(1, 2, null, GradingProgress.FullyGraded, null, null));
        assertThrows(NullPointerException.class, () -> new GradeRequest(1, 2, ActivityProgress.Completed, null, null, null));
    }

    @Test
    void refusesACommentOverTheLimit() {
        String tooLong = "x".repeat(GradeRequest.MAX_COMMENT + 1);

        assertThrows(IllegalArgumentException.class,
                () -> new GradeRequest(1, 2, ActivityProgress.Completed, GradingProgress.FullyGraded, tooLong, null));
    }

    @Test
    void lineItemHintNeedsLabelAndResourceIdAndDropsABlankTag() {
        assertThat(new LineItemHint(" Quiz ", "lessons:q1", " ").tag()).isNull();
        assertThat(new LineItemHint(" Quiz ", "lessons:q1", null).label()).isEqualTo("Quiz");
        assertThrows(IllegalArgumentException.class, () -> new LineItemHint(" ", "lessons:q1", null));
        assertThrows(IllegalArgumentException.class, () -> new LineItemHint("Quiz", null, null));
        assertThrows(IllegalArgumentException.class, () -> new LineItemHint("Quiz", "r", "t".repeat(256)));
    }

    @Test
    void statusNamesTheBundleKeysOfStateAndReason() {
        GradeSyncStatus failed = new GradeSyncStatus(1, 2, "l", 1, 2, SyncState.FAILED, 1, null, null, null,
                GradeErrors.USER_NOT_GRADABLE);

        assertThat(failed.stateKey()).isEqualTo("grades.state.FAILED");
        assertThat(failed.errorKey()).isEqualTo("grades.error.ags.user_not_gradable");
    }
}
