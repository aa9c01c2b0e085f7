package org.childsafe.report.intake;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.childsafe.report.cases.domain.AffectedPerson;
import org.childsafe.report.cases.domain.Answer;
import org.childsafe.report.cases.domain.Category;

/**
 * The reporter's answers as the form collected them. Only {@link #categories} is required (the form's first
 * step; "I'm not sure" is {@link Category#OTHER}); every other answer may be empty or "I don't know".
 *
 * @param shareIdentity whether the reporter opted in to share who they are (default: anonymous)
 * @param contactName   a name the reporter typed, when sharing identity
 * @param contactWay    how to reach them (class, phone), when sharing identity
 */
public record ReportDraft(Set<Category> categories, String whatHappened, String when, String where, String links,
        String accounts, AffectedPerson affected, Answer dangerNow, boolean shareIdentity, String contactName,
        String contactWay, String language) {

    public ReportDraft {
        categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        affected = Objects.requireNonNullElse(affected, AffectedPerson.DONT_KNOW);
        dangerNow = Objects.requireNonNullElse(dangerNow, Answer.DONT_KNOW);
        if (!shareIdentity) {
            contactName = null;
            contactWay = null;
        }
    }

    /** A draft with only categories, for tests and for the quickest possible report. */
    public static ReportDraft of(Set<Category> categories) {
        return new ReportDraft(categories, null, null, null, null, null, null, null, false, null, null, "vi");
    }
}
