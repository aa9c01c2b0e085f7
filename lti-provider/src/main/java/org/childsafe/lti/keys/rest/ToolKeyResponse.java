package org.childsafe.lti.keys.rest;

import java.time.Instant;
import org.childsafe.lti.keys.domain.ToolKey;

/**
 * One key in {@code GET /api/admin/keys}: identity, status and dates only. Deliberately has no field for key
 * material, public or private, so none can leak through the admin API.
 */
public record ToolKeyResponse(String kid, String status, Instant createdAt, Instant activatedAt, Instant retiredAt) {

    static ToolKeyResponse from(ToolKey key) {
        return new ToolKeyResponse(key.kid(), key.status().name(), key.createdAt(), key.activatedAt().orElse(null),
                key.retiredAt().orElse(null));
    }
}
