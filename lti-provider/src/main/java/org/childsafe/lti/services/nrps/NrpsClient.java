package org.childsafe.lti.services.nrps;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.childsafe.lti.services.LinkHeader;
import org.childsafe.lti.services.ServiceErrors;
import org.childsafe.lti.services.ServiceUrls;
import org.childsafe.lti.services.ServiceException;
import org.childsafe.lti.services.token.ServiceClient;
import org.childsafe.lti.services.token.ServiceResponse;
import org.childsafe.lti.services.token.TokenEndpoint;

/**
 * Names and Role Provisioning Services 2.0 for one platform registration: reads a context's membership
 * (NRPS 2.0 §2.2–§2.4), following {@code Link: <…>; rel="next"} headers for at most {@value #MAX_PAGES} pages, so
 * a platform that loops on {@code next} cannot keep the tool busy.
 *
 * <h2>Errors</h2>
 * On top of {@link ServiceClient}'s codes (a 401 refreshes the token once, then {@code service.unauthorized};
 * 403 {@code service.forbidden}; 5xx and timeouts {@code service.unavailable}), a 404 is
 * {@code nrps.not_found}, another 4xx {@code nrps.rejected}, and a body that is not a membership container
 * {@code service.malformed_response}. A platform that does not offer version 2.0 is
 * {@code service.scope_not_granted}: nothing is sent.
 */
public class NrpsClient {

    /** The media type of a membership container (NRPS 2.0 §2.2). */
    static final String CONTAINER_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    /** At most this many container pages are read. */
    static final int MAX_PAGES = 50;

    private final ServiceClient services;
    private final TokenEndpoint platform;

    public NrpsClient(ServiceClient services, TokenEndpoint platform) {
        this.services = Objects.requireNonNull(services, "Service client is required.");
        this.platform = Objects.requireNonNull(platform, "Token endpoint is required.");
    }

    /** Every member matching {@code filter}, across pages, in the platform's order. */
    public List<Member> members(NrpsEndpoint endpoint, MembershipFilter filter) {
        if (!endpoint.supportsVersion2()) {
            throw new ServiceException(ServiceErrors.SCOPE_NOT_GRANTED, "NRPS call not possible: the platform offers "
                    + endpoint.serviceVersions() + ", not 2.0.", 0, null, false, null);
        }
        Set<String> scopes = Set.of(NrpsEndpoint.SCOPE_MEMBERSHIP_READONLY);
        List<Member> members = new ArrayList<>();
        Optional<URI> page = Optional.of(withFilter(endpoint.contextMembershipsUrl(), filter));
        for (int count = 0; page.isPresent() && count < MAX_PAGES; count++) {
            HttpRequest request = services.request(page.get()).header("Accept", CONTAINER_TYPE).GET().build();
            ServiceResponse response = expectOk(request, services.call(platform, scopes, request));
            members.addAll(parse(request, response));
            page = LinkHeader.next(response);
        }
        return members;
    }

    /** The container URL with {@code rlid}, {@code role} and {@code limit} appended to any query it has. */
    static URI withFilter(URI container, MembershipFilter filter) {
        Map<String, Optional<String>> query = new LinkedHashMap<>();
        query.put("rlid", filter.resourceLinkId());
        query.put("role", filter.role());
        query.put("limit", filter.limit().isPresent() ? Optional.of(Integer.toString(filter.limit().getAsInt())) : Optional.empty());
        return ServiceUrls.withQuery(container, query);
    }

    private static ServiceResponse expectOk(HttpRequest request, ServiceResponse response) {
        if (response.successful()) {
            return response;
        }
        int status = response.status();
        String code = status == 404 ? ServiceErrors.NRPS_NOT_FOUND
                : status >= 400 && status < 500 ? ServiceErrors.NRPS_REJECTED
                : ServiceErrors.MALFORMED_RESPONSE; // 1xx/3xx: redirects are not followed
        throw ServiceClient.failure(code, request, response, false);
    }

    private static List<Member> parse(HttpRequest request, ServiceResponse response) {
        try {
            return NrpsJson.parseContainer(response.body());
        } catch (IllegalArgumentException e) {
            throw new ServiceException(ServiceErrors.MALFORMED_RESPONSE, request.method() + " " + request.uri()
                    + " answered an unexpected body: " + e.getMessage(), response.status(), null, false, e);
        }
    }
}
