package org.childsafe.urlcheck.refresh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Downloads an operator-configured HTTPS feed to a temporary file, within limits. Plain {@code http} is accepted
 * only for a loopback host ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}): a mirror on the same machine, or
 * a test feed server; the same rule as {@code report.network.url}.
 *
 * <h2>Why this is not an SSRF surface</h2>
 * The only URLs ever fetched are the {@code urlcheck.feeds.<name>.location} values the operator configured; no
 * request parameter, list entry or checked link reaches this class. Even so it is strict: {@code https} only
 * (but for loopback),
 * redirects not followed, a connect and a total timeout, and a size limit enforced while streaming (a declared
 * {@code Content-Length} over the limit is refused before the body is read).
 */
final class FeedFetcher {

    /** Stable code of a refused or failed download, shown on the admin page. */
    static final String FETCH_FAILED = "urlcheck.feed.fetch_failed";

    private final HttpClient http;
    private final Duration timeout;
    private final long maxBytes;

    FeedFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    /** Whether {@code location} is downloaded by this fetcher: https, or http to a loopback host. */
    static boolean remote(URI location) {
        String scheme = location.getScheme();
        return "https".equalsIgnoreCase(scheme) || ("http".equalsIgnoreCase(scheme) && loopback(location.getHost()));
    }

    static boolean loopback(String host) {
        return host != null && (host.equalsIgnoreCase("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
    }

    /** The body of {@code url} in a new temporary file the caller deletes; {@link FeedFetchException} on any failure. */
    Path fetch(URI url) {
        if (!remote(url) || url.getHost() == null) {
            throw new FeedFetchException("only https URLs (http only for a loopback host) are fetched: " + url);
        }
        Path file = null;
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new FeedFetchException("HTTP " + response.statusCode() + " from " + url.getHost());
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw new FeedFetchException("declared size " + declared + " over the limit " + maxBytes);
                }
                file = Files.createTempFile("urlcheck-feed-", ".txt");
                copyBounded(in, file);
                return file;
            }
        } catch (IOException e) {
            delete(file);
            throw new FeedFetchException("download from " + url.getHost() + " failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            delete(file);
            Thread.currentThread().interrupt();
            throw new FeedFetchException("download from " + url.getHost() + " interrupted");
        } catch (FeedFetchException e) {
            delete(file);
            throw e;
        }
    }

    private void copyBounded(InputStream in, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new FeedFetchException("body over the limit " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the operating system cleans up eventually
            }
        }
    }

    /** A download that was refused or failed; the message names the host and the reason, never file content. */
    static final class FeedFetchException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        FeedFetchException(String message) {
            super(message, null, false, false);
        }
    }
}
