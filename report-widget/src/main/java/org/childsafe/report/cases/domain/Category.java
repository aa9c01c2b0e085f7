package org.childsafe.report.cases.domain;

/**
 * What a report is about; a case has one or more. Category names are stored as text and used as message-key
 * suffixes ({@code category.<NAME>}), so they never change.
 */
public enum Category {
    /**
     * Sexual abuse or exploitation. Reports with this category never carry attachments: the tool must not
     * receive sexual images of children (see {@link #acceptsAttachments()}).
     */
    SEXUAL_ABUSE(true, false),
    HARASSMENT(false, true),
    BULLYING(false, true),
    VIOLENCE(true, true),
    THREATS(true, true),
    FRAUD_SCAM(false, true),
    BAD_LINK(false, true),
    MALICIOUS_GROUP(false, true),
    SELF_HARM(true, true),
    OTHER(false, true);

    private final boolean serious;
    private final boolean acceptsAttachments;

    Category(boolean serious, boolean acceptsAttachments) {
        this.serious = serious;
        this.acceptsAttachments = acceptsAttachments;
    }

    /** Whether a report of this category starts at {@link Priority#HIGH}. */
    public boolean serious() {
        return serious;
    }

    /** Whether screenshots may be attached; {@code false} only for {@link #SEXUAL_ABUSE}. */
    public boolean acceptsAttachments() {
        return acceptsAttachments;
    }

    /** Whether a report with all of these categories may carry attachments: every one of them must accept them. */
    public static boolean attachmentsAllowed(java.util.Collection<Category> categories) {
        return categories.stream().allMatch(Category::acceptsAttachments);
    }
}
