package org.childsafe.urlcheck.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads a feed file from its configured location: {@code classpath:} (the bundled data jar), {@code file:}
 * or {@code https:}. Locations come from operator configuration, never from a user, and plain {@code http:}
 * is refused (a feed must not be tampered with on the way).
 */
final class FeedReading {

    /** Largest feed file read: {@value} bytes (UT1's biggest list is a few MB; 5 M domains fit well under). */
    static final int MAX_BYTES = 256 * 1024 * 1024;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private FeedReading() {
    }

    /**
     * @param base     the source location (a directory for UT1, the file otherwise)
     * @param relative a path under it ({@code ""} for the file itself)
     * @return the bytes, or {@code null} when the file does not exist
     * @throws IOException when it exists but cannot be read, or is too large
     */
    static byte[] read(URI base, String relative) throws IOException {
        String scheme = base.getScheme() == null ? "file" : base.getScheme();
        switch (scheme) {
            case "classpath" -> {
                String path = join(base.getSchemeSpecificPart(), relative);
                String resource = path.startsWith("/") ? path.substring(1) : path;
                ClassLoader cl = FeedReading.class.getClassLoader();
                try (InputStream in = cl.getResourceAsStream(resource)) {
                    return in == null ? null : limited(in);
                }
            }
            case "file" -> {
                Path p = Path.of(base).resolve(relative);
                try (InputStream in = Files.newInputStream(p)) {
                    return limited(in);
                } catch (NoSuchFileException e) {
                    return null;
                }
            }
            case "https" -> {
                URI uri = URI.create(join(base.toString(), relative));
                HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build();
                try {
                    HttpResponse<InputStream> res = HTTP.send(req, HttpResponse.BodyHandlers.ofInputStream());
                    try (InputStream in = res.body()) {
                        if (res.statusCode() == 404) {
                            return null;
                        }
                        if (res.statusCode() != 200) {
                            throw new IOException("HTTP " + res.statusCode() + " from " + uri.getHost());
                        }
                        return limited(in);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while reading " + uri.getHost(), e);
                }
            }
            default -> throw new IOException("Unsupported feed location scheme: " + scheme);
        }
    }

    private static String join(String base, String relative) {
        if (relative.isEmpty()) {
            return base;
        }
        return base.endsWith("/") ? base + relative : base + "/" + relative;
    }

    private static byte[] limited(InputStream in) throws IOException {
        byte[] b = in.readNBytes(MAX_BYTES + 1);
        if (b.length > MAX_BYTES) {
            throw new IOException("Feed file larger than " + MAX_BYTES + " bytes");
        }
        return b;
    }
}
