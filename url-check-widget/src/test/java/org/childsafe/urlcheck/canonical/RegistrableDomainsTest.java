package org.childsafe.urlcheck.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Public Suffix List's own test cases, run through canonicalisation as a checked link would be. */
class RegistrableDomainsTest {

    static List<String[]> pslCases() throws IOException {
        try (InputStream in = RegistrableDomainsTest.class.getResourceAsStream("psl-tests.txt")) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("//")) {
                    out.add(line.strip().split(" "));
                }
            }
            return out;
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("pslCases")
    void matchesPublicSuffixListTestCase(String input, String expected) {
        String host = Canonicalizer.canonicalize("http://" + input + "/").host();
        String expectedAscii = expected.equals("null") ? null : Canonicalizer.toAscii(expected);

        assertThat(RegistrableDomains.of(host)).isEqualTo(expectedAscii);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "www.vietcombank.com.vn, vietcombank.com.vn",
            "ib.techcombank.com.vn, techcombank.com.vn",
            "dichvucong.gov.vn, dichvucong.gov.vn",
            "evil.blogspot.com, evil.blogspot.com",
            "a.b.tpb.vn, tpb.vn",
            "195.127.0.11, 195.127.0.11"})
    void findsRegistrableDomainOfVietnameseAndPrivateSuffixes(String host, String expected) {
        assertThat(RegistrableDomains.of(host)).isEqualTo(expected);
    }
}
