package org.childsafe.lti.grades.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childsafe.lti.grades.domain.GradeOutbox;
import org.childsafe.lti.grades.domain.NewSubmission;
import org.childsafe.lti.grades.domain.Submission;

/** Test double of the outbox with the same conditional-update rules as {@code JdbcGradeOutbox}. */
final class InMemoryGradeOutbox implements GradeOutbox {

    private final Map<Long, Submission> rows = new LinkedHashMap<>();
    private long sequence;

    @Override
    public synchronized long enqueue(NewSubmission s) {
        long id = ++sequence;
        rows.put(id, new Submission(id, s.registrationId(), s.deploymentPk(), s.resourceLinkId(), s.contextPk(),
                s.userId(), s.scoreGiven(), s.scoreMaximum(), s.activityProgress(), s.gradingProgress(), s.comment(),
                s.hintLabel(), s.hintResourceId(), s.hintTag(), s.now(), SyncState.PENDING, 0, s.now(), null, null,
                null, null, null, null, s.now(), s.now()));
        for (Submission old : List.copyOf(rows.values())) {
            if (old.id() < id && old.deploymentPk() == s.deploymentPk() && old.resourceLinkId().equals(s.resourceLinkId())
                    && old.userId() == s.userId() && old.supersededBy() == null && old.state() != SyncState.SENT) {
                rows.put(old.id(), with(old, old.state(), old.attempts(), old.nextAttemptAt(), old.leaseOwner(),
                        old.leaseUntil(), old.errorCode(), old.errorDetail(), old.lineItemUrl(), id, old.updatedAt()));
            }
        }
        return id;
    }

    @Override
    public synchronized Optional<Submission> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<Submission> latest(long deploymentPk, String resourceLinkId, long userId) {
        return rows.values().stream()
                .filter(s -> s.deploymentPk() == deploymentPk && s.resourceLinkId().equals(resourceLinkId) && s.userId() == userId)
                .max(Comparator.comparingLong(Submission::id));
    }

    @Override
    public synchronized List<Submission> latestPerUser(long deploymentPk, String resourceLinkId) {
        Map<Long, Submission> newest = new LinkedHashMap<>();
        rows.values().stream()
                .filter(s -> s.deploymentPk() == deploymentPk && s.resourceLinkId().equals(resourceLinkId))
                .forEach(s -> newest.merge(s.userId(), s, (a, b) -> a.id() > b.id() ? a : b));
        return new ArrayList<>(newest.values());
    }

    @Override
    public synchronized List<Long> due(Instant now, int limit) {
        return rows.values().stream().filter(s -> due(s, now)).sorted(Comparator.comparing(Submission::nextAttemptAt))
                .limit(limit).map(Submission::id).toList();
    }

    @Override
    public synchronized boolean claim(long id, String owner, Instant now, Instant leaseUntil) {
        Submission s = rows.get(id);
        if (s == null || !due(s, now)) {
            return false;
        }
        rows.put(id, with(s, s.state(), s.attempts() + 1, s.nextAttemptAt(), owner, leaseUntil, s.errorCode(),
                s.errorDetail(), s.lineItemUrl(), s.supersededBy(), s.updatedAt()));
        return true;
    }

    @Override
    public synchronized void rememberLineItem(long id, String owner, String lineItemUrl) {
        Submission s = rows.get(id);
        if (s != null && owner.equals(s.leaseOwner())) {
            rows.put(id, with(s, s.state(), s.attempts(), s.nextAttemptAt(), s.leaseOwner(), s.leaseUntil(),
                    s.errorCode(), s.errorDetail(), lineItemUrl, s.supersededBy(), s.updatedAt()));
        }
    }

    @Override
    public synchronized boolean markSent(long id, String owner, Instant now) {
        return finish(id, owner, SyncState.SENT, null, null, null, now);
    }

    @Override
    public synchronized boolean markRetry(long id, String owner, Instant now, Instant next, String code, String detail) {
        return finish(id, owner, SyncState.RETRYING, next, code, detail, now);
    }

    @Override
    public synchronized boolean markFailed(long id, String owner, Instant now, String code, String detail) {
        return finish(id, owner, SyncState.FAILED, null, code, detail, now);
    }

    @Override
    public synchronized boolean requeue(long id, Instant now) {
        Submission s = rows.get(id);
        if (s == null || s.supersededBy() != null || !(s.state() == SyncState.FAILED || s.state() == SyncState.RETRYING)) {
            return false;
        }
        rows.put(id, with(s, SyncState.PENDING, s.attempts(), now, s.leaseOwner(), s.leaseUntil(), s.errorCode(),
                s.errorDetail(), s.lineItemUrl(), null, now));
        return true;
    }

    @Override
    public synchronized int deleteSentBefore(Instant cutoff) {
        return deleteBefore(SyncState.SENT, cutoff);
    }

    @Override
    public synchronized int deleteFailedBefore(Instant cutoff) {
        return deleteBefore(SyncState.FAILED, cutoff);
    }

    @Override
    public synchronized int deleteSupersededBefore(Instant cutoff) {
        int before = rows.size();
        rows.values().removeIf(s -> s.supersededBy() != null && s.state() != SyncState.SENT && s.updatedAt().isBefore(cutoff)
                && (s.leaseUntil() == null || s.leaseUntil().isBefore(cutoff)));
        return before - rows.size();
    }

    private int deleteBefore(SyncState state, Instant cutoff) {
        int before = rows.size();
        rows.values().removeIf(s -> s.state() == state && s.updatedAt().isBefore(cutoff));
        return before - rows.size();
    }

    private boolean finish(long id, String owner, SyncState state, Instant next, String code, String detail, Instant now) {
        Submission s = rows.get(id);
        if (s == null || !owner.equals(s.leaseOwner()) || !(s.state() == SyncState.PENDING || s.state() == SyncState.RETRYING)) {
            return false;
        }
        rows.put(id, with(s, state, s.attempts(), next, null, null, code, detail, s.lineItemUrl(), s.supersededBy(), now));
        return true;
    }

    private static boolean due(Submission s, Instant now) {
        return (s.state() == SyncState.PENDING || s.state() == SyncState.RETRYING) && s.supersededBy() == null
                && !s.nextAttemptAt().isAfter(now) && (s.leaseUntil() == null || !s.leaseUntil().isAfter(now));
    }

    private static Submission with(Submission s, SyncState state, int attempts, Instant next, String owner,
            Instant leaseUntil, String code, String detail, String lineItem, Long supersededBy, Instant updated) {
        return new Submission(s.id(), s.registrationId(), s.deploymentPk(), s.resourceLinkId(), s.contextPk(),
                s.userId(), s.scoreGiven(), s.scoreMaximum(), s.activityProgress(), s.gradingProgress(), s.comment(),
                s.hintLabel(), s.hintResourceId(), s.hintTag(), s.scoredAt(), state, attempts, next, owner, leaseUntil,
                code, detail, lineItem, supersededBy, s.createdAt(), updated);
    }
}
