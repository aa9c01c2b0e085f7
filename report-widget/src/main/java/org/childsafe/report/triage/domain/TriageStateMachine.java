package org.childsafe.report.triage.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.ClosingReason;

/**
 * Which status changes a counselor may make, and with what.
 *
 * <h2>Moves</h2>
 * <pre>
 * NEW          → ACKNOWLEDGED, IN_PROGRESS, ESCALATED, CLOSED
 * ACKNOWLEDGED → IN_PROGRESS, ESCALATED, CLOSED
 * IN_PROGRESS  → ESCALATED, CLOSED
 * ESCALATED    → IN_PROGRESS (the network handed it back), CLOSED
 * CLOSED       → IN_PROGRESS (re-opened; needs a reason)
 * </pre>
 * Nothing goes back to NEW or to ACKNOWLEDGED: both say what already happened. Staying in the same status is not a
 * move. {@code ESCALATED} is reached only through an escalation (which creates the referral), never by a bare
 * status change; {@code CLOSED} needs a {@link ClosingReason}, nothing else takes one; re-opening a closed case
 * needs a written reason, since it undoes a decision.
 */
public final class TriageStateMachine {

    private static final Map<CaseStatus, Set<CaseStatus>> MOVES = new EnumMap<>(CaseStatus.class);

    static {
        MOVES.put(CaseStatus.NEW, EnumSet.of(CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS, CaseStatus.ESCALATED,
                CaseStatus.CLOSED));
        MOVES.put(CaseStatus.ACKNOWLEDGED, EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.ESCALATED, CaseStatus.CLOSED));
        MOVES.put(CaseStatus.IN_PROGRESS, EnumSet.of(CaseStatus.ESCALATED, CaseStatus.CLOSED));
        MOVES.put(CaseStatus.ESCALATED, EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.CLOSED));
        MOVES.put(CaseStatus.CLOSED, EnumSet.of(CaseStatus.IN_PROGRESS));
    }

    private TriageStateMachine() {
    }

    /** The statuses reachable from {@code from} in one move. */
    public static Set<CaseStatus> movesFrom(CaseStatus from) {
        Set<CaseStatus> moves = MOVES.get(Objects.requireNonNull(from, "Status is required."));
        return moves == null ? EnumSet.noneOf(CaseStatus.class) : EnumSet.copyOf(moves);
    }

    /** Whether {@code from → to} is a move at all. */
    public static boolean allowed(CaseStatus from, CaseStatus to) {
        return MOVES.getOrDefault(from, Set.of()).contains(to);
    }

    /**
     * Checks a status change made by a counselor (not an escalation).
     *
     * @param from          the case's status
     * @param to            the requested status
     * @param closingReason required exactly when {@code to} is CLOSED
     * @param reason        the counselor's written reason; required to re-open a closed case
     * @throws TransitionNotAllowedException with a stable code when the change is refused
     */
    public static void checkChange(CaseStatus from, CaseStatus to, ClosingReason closingReason, String reason) {
        check(from, to);
        if (to == CaseStatus.ESCALATED) {
            throw new TransitionNotAllowedException("triage.escalate_with_referral", from, to);
        }
        checkReasons(from, to, closingReason, reason);
    }

    /** Checks an escalation: the case must be able to move to ESCALATED. */
    public static void checkEscalation(CaseStatus from) {
        check(from, CaseStatus.ESCALATED);
    }

    private static void check(CaseStatus from, CaseStatus to) {
        Objects.requireNonNull(from, "Current status is required.");
        Objects.requireNonNull(to, "New status is required.");
        if (!allowed(from, to)) {
            throw new TransitionNotAllowedException("triage.transition_not_allowed", from, to);
        }
    }

    private static void checkReasons(CaseStatus from, CaseStatus to, ClosingReason closingReason, String reason) {
        if (to == CaseStatus.CLOSED && closingReason == null) {
            throw new TransitionNotAllowedException("triage.closing_reason_required", from, to);
        }
        if (to != CaseStatus.CLOSED && closingReason != null) {
            throw new TransitionNotAllowedException("triage.closing_reason_unexpected", from, to);
        }
        if (from == CaseStatus.CLOSED && (reason == null || reason.isBlank())) {
            throw new TransitionNotAllowedException("triage.reason_required", from, to);
        }
    }
}
