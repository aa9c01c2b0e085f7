package org.childsafe.lti.services.nrps;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.childsafe.lti.launch.domain.LtiClaims;

/**
 * The Names and Role Provisioning Services claim of a launch (NRPS 2.0 §3.6.1, claim
 * {@link LtiClaims#NRPS_NAMES_ROLE_SERVICE}): where the context's membership is and which versions the platform
 * serves. Unlike AGS the claim lists no scopes: the tool asks for {@link #SCOPE_MEMBERSHIP_READONLY}.
 *
 * @param contextMembershipsUrl the membership container URL, absolute http(s)
 * @param serviceVersions       the versions the platform offers, e.g. {@code ["2.0"]}; may be empty
 */
public record NrpsEndpoint(URI contextMembershipsUrl, List<String> serviceVersions) {

    /** The only NRPS scope (NRPS 2.0 §3.6.1). */
    public static final String SCOPE_MEMBERSHIP_READONLY =
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    /** The version this client speaks. */
    public static final String VERSION = "2.0";

    public NrpsEndpoint {
        Objects.requireNonNull(contextMembershipsUrl, "Context memberships URL is required.");
        serviceVersions = List.copyOf(serviceVersions);
        checkUrl(contextMembershipsUrl);
    }

    /**
     * Reads the claim as nimbus hands it out ({@code JWTClaimsSet.getJSONObjectClaim}).
     *
     * @throws IllegalArgumentException when the URL is missing, not a string or not absolute http(s), or the
     *                                  versions are not a list of strings
     */
    public static NrpsEndpoint fromClaim(Map<String, ?> claim) {
        Object url = claim.get(LtiClaims.MEMBER_CONTEXT_MEMBERSHIPS_URL);
        if (!(url instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException("NRPS context_memberships_url must be a string.");
        }
        List<String> versions = new ArrayList<>();
        Object listed = claim.get(LtiClaims.MEMBER_SERVICE_VERSIONS);
        if (listed instanceof Collection<?> values) {
            for (Object value : values) {
                if (!(value instanceof String version)) {
                    throw new IllegalArgumentException("NRPS service_versions must be a list of strings.");
                }
                versions.add(version);
            }
        } else if (listed != null) {
            throw new IllegalArgumentException("NRPS service_versions must be a list of strings.");
        }
        try {
            return new NrpsEndpoint(new URI(text), versions);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("NRPS context_memberships_url is not a valid URL.", e);
        }
    }

    /** Whether the platform offers version 2.0 (an empty list is read as 2.0: Moodle 3.x sends none). */
    public boolean supportsVersion2() {
        return serviceVersions.isEmpty() || serviceVersions.contains(VERSION);
    }

    /** The versions joined with commas, as stored with the course. */
    public String versionsText() {
        return String.join(",", serviceVersions);
    }

    private static void checkUrl(URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawFragment() != null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("NRPS context_memberships_url must be an absolute http(s) URL.");
        }
    }
}
