package org.childsafe.urlcheck.canonical;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fuzz invariants on 50,000 generated inputs per build: random compositions of the pieces that make
 * canonicalisation hard (escapes, dots, IP forms, userinfo, ports, Unicode, control characters).
 */
class CanonicalizerPropertyTest {

    private static final String[] PIECES = {"http://", "https://", "HTTP://", "javascript:", "data:", "//", "/", "\\",
            ".", "..", "/./", "/../", "%", "%2", "%25", "%2e", "%2E", "%41", "%c3%a1", "%00", "%ff", "%23", "#", "?",
            "&", "=", "@", ":", ":80", "[", "]", "::1", "0x", "0", "012", "255", "256", "4294967295", "1.2.3.4", "a",
            "B", "z", "-", "_", "xn--", "học", "ñ", "ß", "а", "ӏ", "食", "\u200b", "\u00a0", " ", "\t", "\n", "\r",
            "\u0000", "\u007f", "é", "ｇ", "。", "www", "example", "com", "vn", "~", "+", "!", "$", "'", "(", ")", "*"};

    @Test
    void holdsTheCanonicalisationInvariantsOnGeneratedInputs() {
        SplittableRandom r = new SplittableRandom(20261129);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            sb.setLength(0);
            int n = r.nextInt(1, 16);
            for (int j = 0; j < n; j++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            CanonicalizerInvariants.check(sb.toString());
        }
    }
}
