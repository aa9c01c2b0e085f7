package org.childsafe.lti.services.ags;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.childsafe.lti.launch.domain.LtiClaims;

/**
 * The AGS endpoint claim of a launch (AGS 2.0 §3.1, claim {@link LtiClaims#AGS_ENDPOINT}).
 *
 * @param scopes    the scopes the platform lets the tool request
 * @param lineItems the line item container URL
 * @param lineItem  the link's line item, present when the link has exactly one
 */
public record AgsEndpoint(Set<String> scopes, Optional<URI> lineItems, Optional<URI> lineItem) {

    private static final String SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/";
    /** Read and write line items (AGS 2.0 §3.1). */
    public static final String SCOPE_LINEITEM = SCOPE + "lineitem";
    /** Read line items only. */
    public static final String SCOPE_LINEITEM_READONLY = SCOPE + "lineitem.readonly";
    /** Read results. */
    public static final String SCOPE_RESULT_READONLY = SCOPE + "result.readonly";
    /** Post scores. */
    public static final String SCOPE_SCORE = SCOPE + "score";

    public AgsEndpoint {
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "Scopes are required."));
        Objects.requireNonNull(lineItems, "Line items URL option is required.");
        Objects.requireNonNull(lineItem, "Line item URL option is required.");
    }

    /**
     * Reads the claim as nimbus hands it out ({@code JWTClaimsSet.getJSONObjectClaim}).
     *
     * @throws IllegalArgumentException when {@code scope} is not a list of strings or a URL is not absolute http(s)
     */
    public static AgsEndpoint fromClaim(Map<String, ?> claim) {
        Object scope = claim.get(LtiClaims.MEMBER_SCOPE);
        Set<String> scopes = new LinkedHashSet<>();
        if (scope instanceof Collection<?> values) {
            for (Object value : values) {
                if (!(value instanceof String text)) {
                    throw new IllegalArgumentException("AGS scope must be a list of strings.");
                }
                scopes.add(text);
            }
        } else if (scope != null) {
            throw new IllegalArgumentException("AGS scope must be a list of strings.");
        }
        return new AgsEndpoint(scopes, url(claim.get(LtiClaims.MEMBER_LINEITEMS), "lineitems"),
                url(claim.get(LtiClaims.MEMBER_LINEITEM), "lineitem"));
    }

    /** The granted scopes among {@code wanted}; empty when none is granted. */
    Set<String> granted(String... wanted) {
        Set<String> granted = new java.util.TreeSet<>();
        for (String scope : wanted) {
            if (scopes.contains(scope)) {
                granted.add(scope);
            }
        }
        return granted;
    }

    private static Optional<URI> url(Object value, String member) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("AGS " + member + " must be a string.");
        }
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                throw new IllegalArgumentException("AGS " + member + " must be an absolute http(s) URL.");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("AGS " + member + " is not a valid URL.", e);
        }
    }
}
