package org.childsafe.report.triage.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.childsafe.report.cases.domain.MessageAuthor;
import org.childsafe.report.referral.application.ReferralView;
import org.childsafe.report.triage.domain.CaseEventKind;

/**
 * Everything a counselor sees of one case, decrypted for this request only (never cached, never logged).
 *
 * @param row        the queue facts
 * @param content    the report as the reporter wrote it (decrypted)
 * @param messages   the thread with the reporter, oldest first
 * @param notes      internal notes, oldest first
 * @param events     the chronology, oldest first
 * @param referrals  referrals to the network and their delivery status, newest first
 * @param mergedInto the case this one was merged into, or {@code null}
 */
public record CaseFile(QueueRow row, Content content, List<Message> messages, List<Note> notes, List<Event> events,
        List<ReferralView> referrals, String mergedInto) implements Serializable {

    /** What the reporter wrote; the contact fields only when they chose to share who they are. */
    public record Content(String whatHappened, String when, String where, List<String> links, String accounts,
            String contactName, String contactWay) implements Serializable {
    }

    /** A message of the thread. */
    public record Message(MessageAuthor author, String body, Instant at) implements Serializable {
    }

    /** An internal note. */
    public record Note(Long authorUserId, String body, Instant at) implements Serializable {
    }

    /** A chronology entry. */
    public record Event(CaseEventKind kind, String detail, String reason, Long actorUserId, Instant at) implements Serializable {
    }
}
