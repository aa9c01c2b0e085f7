package org.childsafe.lti.registration.domain;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Opaque public ids of schools: 20 characters of lower-case base32 (100 random bits), so a school's public page
 * cannot be found by counting and its address reveals nothing about the platform.
 */
public final class PublicId {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int LENGTH = 20;
    private static final Pattern FORMAT = Pattern.compile("[a-z2-7]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicId() {
    }

    static String generate() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    /** @return whether the text has the form of a public id (checked before any database look-up) */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
