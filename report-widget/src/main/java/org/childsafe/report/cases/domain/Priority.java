package org.childsafe.report.cases.domain;

/**
 * How urgently counselors must look at a case, most urgent first (so {@link #compareTo} sorts a queue). Intake
 * proposes one from the answers (see {@link #suggestedFor}); counselors may change it.
 */
public enum Priority {
    /** Someone may be in danger now. */
    LIFE_SAFETY,
    HIGH,
    MEDIUM,
    LOW;

    /**
     * The priority a new case starts with: {@link #LIFE_SAFETY} when the reporter said someone is in danger now;
     * {@link #HIGH} for sexual abuse or exploitation, self-harm, violence and threats; {@link #MEDIUM} otherwise.
     * Never {@link #LOW}: only a counselor lowers a report.
     */
    public static Priority suggestedFor(java.util.Set<Category> categories, Answer dangerNow) {
        if (dangerNow == Answer.YES) {
            return LIFE_SAFETY;
        }
        for (Category category : categories) {
            if (category.serious()) {
                return HIGH;
            }
        }
        return MEDIUM;
    }
}
