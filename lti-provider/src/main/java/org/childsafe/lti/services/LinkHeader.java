package org.childsafe.lti.services;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childsafe.lti.services.token.ServiceResponse;

/**
 * Reads the {@code rel="next"} link of a paged LTI service answer (RFC 8288 Web Linking; AGS 2.0 §3.2.4,
 * NRPS 2.0 §2.4.2). Several {@code Link} headers and several links in one header are accepted; a relative URL is
 * resolved against the URL that was requested.
 */
public final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;[^,]*?rel\\s*=\\s*\"?([^\",;]*)\"?");

    private LinkHeader() {
    }

    /**
     * RFC 3986 §5.2 resolution; {@link URI#resolve(String)} follows RFC 2396 and drops the last path segment of a
     * query-only reference such as {@code ?page=2}.
     */
    static URI resolve(URI base, String reference) {
        if (reference.startsWith("?")) {
            String raw = base.toString();
            int cut = raw.indexOf('?') >= 0 ? raw.indexOf('?') : raw.indexOf('#') >= 0 ? raw.indexOf('#') : raw.length();
            return URI.create(raw.substring(0, cut) + reference);
        }
        return base.resolve(reference);
    }

    /** The URL of the link whose relation is {@code next}, if the answer has one. */
    public static Optional<URI> next(ServiceResponse response) {
        for (String header : response.headers().allValues("Link")) {
            Matcher matcher = LINK.matcher(header);
            while (matcher.find()) {
                for (String rel : matcher.group(2).strip().split("\\s+")) {
                    if ("next".equalsIgnoreCase(rel)) {
                        return Optional.of(resolve(response.uri(), matcher.group(1).strip()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
