package org.childsafe.urlcheck.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code /check} as documented in OpenAPI; the resource reads it with {@link JsonBody} so that its size is
 * limited before it is parsed.
 *
 * @param url     the link as typed or pasted
 * @param ageBand PRIMARY, LOWER_SECONDARY or UPPER_SECONDARY; the school's default when absent
 */
@Schema(name = "CheckRequest")
record CheckRequest(@Schema(required = true, example = "https://example.com/page") String url,
        @Schema(enumeration = {"PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY"}) String ageBand) {
}
