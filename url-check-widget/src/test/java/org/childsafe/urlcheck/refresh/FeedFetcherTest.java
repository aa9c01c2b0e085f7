package org.childsafe.urlcheck.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which operator-configured feed locations are downloaded: https anywhere, plain http only on loopback. */
class FeedFetcherTest {

    @Test
    void downloadsHttpsAndPlainHttpOnlyFromALoopbackHost() {
        assertThat(FeedFetcher.remote(URI.create("https://feeds.example/list.txt"))).isTrue();
        assertThat(FeedFetcher.remote(URI.create("http://127.0.0.1:8081/list.txt"))).isTrue();
        assertThat(FeedFetcher.remote(URI.create("http://localhost/list.txt"))).isTrue();
        assertThat(FeedFetcher.remote(URI.create("http://[::1]:9000/list.txt"))).isTrue();

        assertThat(FeedFetcher.remote(URI.create("http://feeds.example/list.txt"))).isFalse();
        assertThat(FeedFetcher.remote(URI.create("http://10.0.0.5/list.txt"))).isFalse();
        assertThat(FeedFetcher.remote(URI.create("http://127.0.0.1.evil.example/list.txt"))).isFalse();
        assertThat(FeedFetcher.remote(URI.create("file:/srv/feeds/list.txt"))).isFalse();
        assertThat(FeedFetcher.remote(URI.create("classpath:feeds/list.txt"))).isFalse();
    }

    @Test
    void refusesPlainHttpToAnotherHostBeforeConnecting() {
        FeedFetcher fetcher = new FeedFetcher(Duration.ofSeconds(1), 1024);

        FeedFetcher.FeedFetchException refused = assertThrows(FeedFetcher.FeedFetchException.class,
                () -> fetcher.fetch(URI.create("http://feeds.example/list.txt")));

        assertThat(refused.getMessage()).contains("only https");
    }
}
