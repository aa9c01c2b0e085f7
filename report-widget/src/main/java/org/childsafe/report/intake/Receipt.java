package org.childsafe.report.intake;

import java.util.Objects;
import org.childsafe.report.cases.domain.CaseCode;

/**
 * What the reporter is shown once, after their report was committed: the case code, the passcode (which exists
 * nowhere else in clear and cannot be recovered) and when to expect a reply.
 */
public record Receipt(CaseCode code, String passcode, int replyTimeHours) implements java.io.Serializable {

    public Receipt {
        Objects.requireNonNull(code, "Case code is required.");
        Objects.requireNonNull(passcode, "Passcode is required.");
    }

    @Override
    public String toString() {
        return "Receipt[" + code + "]";
    }
}
