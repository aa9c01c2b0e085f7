package org.childsafe.report.referral.domain;

import java.util.Objects;

/**
 * The affected child's identity, which a referral may carry only with a recorded {@link LegalBasis}: the record
 * cannot be built without one, so "identity without a basis" is not a state the code can express.
 *
 * @param name       the child's name as the counselor knows it
 * @param className  class or grade, or {@code null}
 * @param legalBasis why the identity is shared; audited with the escalation
 */
public record ChildIdentity(String name, String className, LegalBasis legalBasis) {

    public ChildIdentity {
        name = Text.required(name, "Child's name", 200);
        className = Text.optional(className, 50);
        Objects.requireNonNull(legalBasis, "A legal basis is required to share a child's identity.");
    }
}
