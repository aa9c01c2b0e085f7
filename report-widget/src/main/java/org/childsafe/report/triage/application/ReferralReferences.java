package org.childsafe.report.triage.application;

import java.security.SecureRandom;

/** New opaque case references for referrals: {@code CSR-} and 16 characters of an unambiguous alphabet (80 bits). */
final class ReferralReferences {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferralReferences() {
    }

    static String newReference() {
        StringBuilder reference = new StringBuilder("CSR-");
        for (int i = 0; i < 16; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
