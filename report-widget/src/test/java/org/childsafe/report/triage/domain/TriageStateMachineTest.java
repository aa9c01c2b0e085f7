package org.childsafe.report.triage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.report.cases.domain.CaseStatus.ACKNOWLEDGED;
import static org.childsafe.report.cases.domain.CaseStatus.CLOSED;
import static org.childsafe.report.cases.domain.CaseStatus.ESCALATED;
import static org.childsafe.report.cases.domain.CaseStatus.IN_PROGRESS;
import static org.childsafe.report.cases.domain.CaseStatus.NEW;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.ClosingReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TriageStateMachineTest {

    @Test
    void theDocumentedMovesAndNoOthers() {
        assertThat(TriageStateMachine.movesFrom(NEW)).containsExactlyInAnyOrder(ACKNOWLEDGED, IN_PROGRESS, ESCALATED, CLOSED);
        assertThat(TriageStateMachine.movesFrom(ACKNOWLEDGED)).containsExactlyInAnyOrder(IN_PROGRESS, ESCALATED, CLOSED);
        assertThat(TriageStateMachine.movesFrom(IN_PROGRESS)).containsExactlyInAnyOrder(ESCALATED, CLOSED);
        assertThat(TriageStateMachine.movesFrom(ESCALATED)).containsExactlyInAnyOrder(IN_PROGRESS, CLOSED);
        assertThat(TriageStateMachine.movesFrom(CLOSED)).containsExactly(IN_PROGRESS);
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void nothingGoesBackToNewOrAcknowledgedOrStaysPut(CaseStatus from) {
        assertThat(TriageStateMachine.allowed(from, NEW)).isFalse();
        assertThat(TriageStateMachine.allowed(from, from)).isFalse();
        if (from != NEW) {
            assertThat(TriageStateMachine.allowed(from, ACKNOWLEDGED)).isFalse();
        }
    }

    @Test
    void refusesAMoveThatIsNotInTheTable() {
        TransitionNotAllowedException e = assertThrows(TransitionNotAllowedException.class,
                () -> TriageStateMachine.checkChange(IN_PROGRESS, ACKNOWLEDGED, null, null));
        assertThat(e.code()).isEqualTo("triage.transition_not_allowed");
    }

    @Test
    void escalatedIsReachedOnlyByEscalating() {
        TransitionNotAllowedException e = assertThrows(TransitionNotAllowedException.class,
                () -> TriageStateMachine.checkChange(IN_PROGRESS, ESCALATED, null, null));
        assertThat(e.code()).isEqualTo("triage.escalate_with_referral");
        for (CaseStatus from : EnumSet.of(NEW, ACKNOWLEDGED, IN_PROGRESS)) {
            assertDoesNotThrow(() -> TriageStateMachine.checkEscalation(from));
        }
        assertThrows(TransitionNotAllowedException.class, () -> TriageStateMachine.checkEscalation(CLOSED));
        assertThrows(TransitionNotAllowedException.class, () -> TriageStateMachine.checkEscalation(ESCALATED));
    }

    @Test
    void closingNeedsAClosingReasonAndNothingElseTakesOne() {
        assertThat(assertThrows(TransitionNotAllowedException.class,
                () -> TriageStateMachine.checkChange(ACKNOWLEDGED, CLOSED, null, null)).code())
                .isEqualTo("triage.closing_reason_required");
        assertThat(assertThrows(TransitionNotAllowedException.class,
                () -> TriageStateMachine.checkChange(NEW, IN_PROGRESS, ClosingReason.RESOLVED, null)).code())
                .isEqualTo("triage.closing_reason_unexpected");
        for (ClosingReason reason : ClosingReason.values()) {
            assertDoesNotThrow(() -> TriageStateMachine.checkChange(IN_PROGRESS, CLOSED, reason, null));
        }
    }

    @Test
    void reopeningAClosedCaseNeedsAWrittenReason() {
        assertThat(assertThrows(TransitionNotAllowedException.class,
                () -> TriageStateMachine.checkChange(CLOSED, IN_PROGRESS, null, "  ")).code())
                .isEqualTo("triage.reason_required");
        assertDoesNotThrow(() -> TriageStateMachine.checkChange(CLOSED, IN_PROGRESS, null, "The student wrote again."));
    }

    @Test
    void aNewCaseCanBeClosedStraightAwayAsFalseOrDuplicate() {
        assertDoesNotThrow(() -> TriageStateMachine.checkChange(NEW, CLOSED, ClosingReason.FALSE_REPORT, null));
        assertDoesNotThrow(() -> TriageStateMachine.checkChange(NEW, CLOSED, ClosingReason.DUPLICATE, null));
    }
}
