package org.childsafe.lti.services.token;

import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * A platform's answer, with the body read whole (within the size limit) as UTF-8.
 *
 * @param uri     the URI that was requested
 * @param status  the HTTP status
 * @param headers the response headers
 * @param body    the body text
 */
public record ServiceResponse(URI uri, int status, HttpHeaders headers, String body) {

    /** Whether the status is 2xx. */
    public boolean successful() {
        return status >= 200 && status < 300;
    }
}
