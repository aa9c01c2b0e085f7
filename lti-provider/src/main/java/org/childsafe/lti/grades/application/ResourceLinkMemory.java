package org.childsafe.lti.grades.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.childsafe.lti.grades.domain.LinkEndpoint;
import org.childsafe.lti.grades.domain.ResourceLinks;
import org.childsafe.lti.launch.domain.LaunchClaims;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.services.ags.AgsEndpoint;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LaunchRecorded;

/**
 * Remembers, at every resource link launch, the AGS endpoint claim ({@value LtiClaims#AGS_ENDPOINT}) for the
 * (deployment, resource link), in the launch's transaction: scores are sent later, from any instance, long after
 * the id_token is gone. A launch without the claim (or with a malformed one) records "no AGS", so a platform that
 * stopped accepting grades is noticed at once, and the launch itself never fails because of the claim.
 */
@ApplicationScoped
public class ResourceLinkMemory {

    private static final Logger LOG = Logger.getLogger(ResourceLinkMemory.class.getName());

    /** Column sizes of {@code lti_resource_link}. */
    static final int MAX_ID = 255;
    static final int MAX_URL = 1024;

    @Inject
    ResourceLinks links;

    void onLaunch(@Observes LaunchRecorded launch) {
        LaunchIdentity identity = launch.identity();
        if (identity.resourceLinkId() == null) {
            return;
        }
        if (identity.resourceLinkId().length() > MAX_ID) {
            LOG.warning(() -> "Not remembering AGS for a resource link id longer than " + MAX_ID + " characters.");
            return;
        }
        links.remember(endpointOf(launch.claims(), identity));
    }

    static LinkEndpoint endpointOf(LaunchClaims claims, LaunchIdentity identity) {
        AgsEndpoint ags = new AgsEndpoint(Set.of(), java.util.Optional.empty(), java.util.Optional.empty());
        if (claims.claims().get(LtiClaims.AGS_ENDPOINT) instanceof Map<?, ?> claim) {
            try {
                @SuppressWarnings("unchecked")
                Map<String, ?> typed = (Map<String, ?>) claim;
                ags = AgsEndpoint.fromClaim(typed);
            } catch (IllegalArgumentException | ClassCastException e) {
                LOG.warning(() -> "Ignoring a malformed AGS endpoint claim from " + claims.issuer() + ": " + e.getMessage());
            }
        }
        return new LinkEndpoint(identity.deploymentPk(), identity.resourceLinkId(), identity.contextPk(), ags.scopes(),
                ags.lineItems().map(URI::toString).filter(u -> u.length() <= MAX_URL).orElse(null),
                ags.lineItem().map(URI::toString).filter(u -> u.length() <= MAX_URL).orElse(null),
                identity.launchedAt());
    }
}
