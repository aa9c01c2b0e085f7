package org.childsafe.urlcheck.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code /check-text} as documented in OpenAPI.
 *
 * @param text    a pasted message with links in it
 * @param ageBand as in {@link CheckRequest}
 */
@Schema(name = "CheckTextRequest")
record CheckTextRequest(@Schema(required = true, example = "xem cái này nhé http://example.com") String text,
        @Schema(enumeration = {"PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY"}) String ageBand) {
}
