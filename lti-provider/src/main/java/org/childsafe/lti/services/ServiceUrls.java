package org.childsafe.lti.services;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Building the URLs of service requests from the URLs platforms hand out. */
public final class ServiceUrls {

    private ServiceUrls() {
    }

    /**
     * The service URL with the present parameters appended to the query it already has (platforms put their own
     * parameters there, e.g. Moodle's {@code type_id}), in the map's order, values URL-encoded; the fragment is
     * dropped.
     */
    public static URI withQuery(URI url, Map<String, Optional<String>> parameters) {
        StringBuilder query = new StringBuilder(url.getRawQuery() == null ? "" : url.getRawQuery());
        parameters.forEach((name, value) -> value.ifPresent(v -> {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        }));
        String base = url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath());
        return URI.create(query.isEmpty() ? base : base + "?" + query);
    }
}
