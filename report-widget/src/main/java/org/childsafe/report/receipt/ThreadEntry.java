package org.childsafe.report.receipt;

import java.time.Instant;
import org.childsafe.report.cases.domain.MessageAuthor;

/**
 * One message as the reporter sees it: who (reporter or "a counselor", never which one), when, and the text.
 */
public record ThreadEntry(MessageAuthor author, Instant at, String text) implements java.io.Serializable {

    public boolean fromCounselor() {
        return author == MessageAuthor.COUNSELOR;
    }
}
