package org.childsafe.urlcheck.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code /wrong} as documented in OpenAPI.
 *
 * @param url     the link whose verdict is wrong
 * @param comment why, at most 500 characters; optional
 */
@Schema(name = "WrongVerdictRequest")
record WrongRequest(@Schema(required = true) String url, @Schema(maxLength = 500) String comment) {
}
