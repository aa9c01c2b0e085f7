package org.childsafe.urlcheck.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.childsafe.urlcheck.canonical.Fingerprints;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final List<Long> accepted = new ArrayList<>();
    private final FeedParser parser = new FeedParser(accepted::add);

    private void parse(FeedFormat format, String text) {
        parser.parse(text.getBytes(StandardCharsets.UTF_8), format, (l, e) -> { });
    }

    private static Long[] fps(String... expressions) {
        Long[] out = new Long[expressions.length];
        for (int i = 0; i < expressions.length; i++) {
            out[i] = Fingerprints.of(expressions[i]);
        }
        return out;
    }

    @Test
    void readsPlainDomainsAndCountsMalformedLines() {
        parse(FeedFormat.DOMAINS, """
                \uFEFF# comment
                example.com
                WWW.Example.ORG
                .leading-dot.net
                trailing.dot.info.
                bánhmì.vn

                not a domain
                nodot
                bad..dots.com
                x!y.com
                """);

        assertThat(accepted).containsExactly(fps("example.com/", "www.example.org/", "leading-dot.net/",
                "trailing.dot.info/", "xn--bnhm-5na3e.vn/"));
        assertThat(parser.errors).isEqualTo(4);
        assertThat(parser.lines).isEqualTo(11);
    }

    @Test
    void readsHostsFiles() {
        parse(FeedFormat.HOSTS, """
                # hosts
                127.0.0.1 localhost
                0.0.0.0 evil.example.com
                0.0.0.0\tads.example.net tracker.example.net # two on one line
                1.2.3.4 pinned.example.com
                just-a-name.com
                """);

        assertThat(accepted).containsExactly(fps("evil.example.com/", "ads.example.net/", "tracker.example.net/"));
        assertThat(parser.errors).isEqualTo(2); // a real IP (a pin, not a block) and a line without IP
    }

    @Test
    void readsAdblockDomainAndUrlRules() {
        parse(FeedFormat.ADBLOCK, """
                [Adblock Plus 2.0]
                ! Title: test
                ||phish.example.com^
                ||malware.example.net^$all
                ||host.example.org/drop/payload.exe^$all
                plain.example.info
                @@||allowed.example.com^
                example.com##.ad-banner
                ||wild*.example.com^
                ||^
                """);

        assertThat(accepted).containsExactly(fps("phish.example.com/", "malware.example.net/",
                "host.example.org/drop/payload.exe", "plain.example.info/"));
        assertThat(parser.errors).isEqualTo(2);
    }

    @Test
    void readsUrlListsThroughTheCanonicaliser() {
        parse(FeedFormat.URLS, """
                example.com/Path/../a/b.html
                EXAMPLE.net/folder/
                http://example.org/x?y=1
                only-domain.example
                javascript:alert(1)/x
                """);

        assertThat(accepted).containsExactly(fps("example.com/a/b.html", "example.net/folder/",
                "example.org/x?y=1", "only-domain.example/"));
        assertThat(parser.errors).isEqualTo(1);
    }
}
