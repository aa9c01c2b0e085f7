package org.childsafe.urlcheck.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;

/**
 * Fuzzes the canonicaliser with Jazzer. Under surefire (no {@code JAZZER_FUZZ}) this runs in regression mode:
 * the seed inputs in {@code CanonicalizerFuzzTestInputs/} and any crash reproducers found earlier, in well
 * under a second. To fuzz for real: {@code JAZZER_FUZZ=1 ./mvnw -pl url-check-widget test
 * -Dtest=CanonicalizerFuzzTest} (bounded by {@code maxDuration}). {@link CanonicalizerPropertyTest} checks the
 * same invariants on generated inputs in every build.
 */
class CanonicalizerFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void canonicalisesAnythingWithoutSurprises(byte[] input) {
        CanonicalizerInvariants.check(new String(input, java.nio.charset.StandardCharsets.UTF_8));
    }
}

/** What must hold for any input: a stable code, or a canonical URL that is printable ASCII and a fixed point. */
final class CanonicalizerInvariants {

    private static final Set<String> CODES = Set.of(InvalidUrlException.EMPTY, InvalidUrlException.TOO_LONG,
            InvalidUrlException.NOT_A_URL, InvalidUrlException.SCHEME_NOT_ALLOWED);

    private CanonicalizerInvariants() {
    }

    static void check(String raw) {
        CanonicalUrl url;
        try {
            url = Canonicalizer.canonicalize(raw);
        } catch (InvalidUrlException e) {
            assertThat(CODES).contains(e.code());
            return;
        }
        String s = url.url();
        assertThat(s).startsWith(url.scheme() + "://");
        assertThat(url.path()).startsWith("/");
        assertThat(s.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '#')).as(s).isTrue();
        assertThat(url.host()).isEqualTo(url.host().toLowerCase(java.util.Locale.ROOT).replaceAll("%([0-9a-f]{2})",
                "%$1").equals(url.host()) ? url.host() : url.host()); // host may hold uppercase hex escapes only
        assertThat(url.host().replaceAll("%[0-9A-F]{2}", "")).isLowerCase();
        assertThat(Canonicalizer.canonicalize(s).url()).as("canonical form of %s is a fixed point", s).isEqualTo(s);
        long[] fps = new long[LookupExpressions.MAX];
        assertThat(LookupExpressions.fingerprints(url, fps)).isEqualTo(LookupExpressions.of(url).size()).isBetween(1, 30);
    }
}
