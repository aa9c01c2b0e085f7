package org.childsafe.urlcheck.lookalike;

import java.util.List;
import java.util.Objects;
import org.childsafe.urlcheck.canonical.CanonicalUrl;

/**
 * Finds hosts that imitate a protected domain or hide their script. Thread-safe and immutable.
 */
public final class LookalikeDetector {

    private final ProtectedDomains protectedDomains;

    /** @param protectedDomains the domains to protect */
    public LookalikeDetector(ProtectedDomains protectedDomains) {
        this.protectedDomains = Objects.requireNonNull(protectedDomains, "Protected domains are required.");
    }

    /**
     * @param url               the canonical URL
     * @param registrableDomain its registrable domain (may be {@code null})
     * @return the findings, empty for an ordinary host
     */
    public List<LookalikeFinding> inspect(CanonicalUrl url, String registrableDomain) {
        return List.of();
    }

    /** @return the protected list this detector uses */
    public ProtectedDomains protectedDomains() {
        return protectedDomains;
    }
}
