package org.childsafe.lti.keys.domain;

/**
 * Where a tool key is in its life cycle. A key moves one step per rotation and never backwards:
 * {@code NEXT → CURRENT → PREVIOUS → RETIRED}.
 *
 * <ul>
 * <li>{@link #NEXT}: published in the JWKS but not yet used, so platforms that cache the JWKS already know it
 * when it becomes {@code CURRENT}.</li>
 * <li>{@link #CURRENT}: the one key the tool signs with.</li>
 * <li>{@link #PREVIOUS}: still published, so messages signed just before a rotation still verify.</li>
 * <li>{@link #RETIRED}: no longer published or used; kept for audit.</li>
 * </ul>
 */
public enum KeyStatus {
    NEXT,
    CURRENT,
    PREVIOUS,
    RETIRED;

    /** Whether keys in this status appear in the public JWK Set. */
    public boolean isPublished() {
        return this != RETIRED;
    }
}
