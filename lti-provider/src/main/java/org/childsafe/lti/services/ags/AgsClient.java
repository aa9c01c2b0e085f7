package org.childsafe.lti.services.ags;

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
 * Assignment and Grade Services 2.0 for one platform registration: line items (§3.2) and scores (§3.4). Each call
 * asks only for the scopes the launch granted and the operation needs (SchoolBox fails on ungranted scopes). On
 * top of {@link ServiceClient}'s codes, a 404 is {@code ags.not_found} (the platform's message is kept for the
 * teacher's grade sync status), a 400 or 422 {@code ags.rejected}, and a body that is not the expected JSON
 * {@code service.malformed_response}.
 */
public class AgsClient {

    static final String LINEITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    /** At most this many container pages are read; a platform looping on {@code next} cannot keep us busy. */
    static final int MAX_PAGES = 20;


    private final ServiceClient services;
    private final TokenEndpoint platform;

    public AgsClient(ServiceClient services, TokenEndpoint platform) {
        this.services = Objects.requireNonNull(services, "Service client is required.");
        this.platform = Objects.requireNonNull(platform, "Token endpoint is required.");
    }

    /** The line items of the context matching {@code filter}, following {@code rel="next"} links (AGS §3.2.4). */
    public List<LineItem> lineItems(AgsEndpoint endpoint, LineItemFilter filter) {
        Set<String> scopes = require(endpoint, AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_LINEITEM_READONLY);
        URI container = endpoint.lineItems().orElseThrow(() -> notGranted("the launch has no lineitems URL"));
        List<LineItem> items = new ArrayList<>();
        Optional<URI> page = Optional.of(withFilter(container, filter));
        for (int count = 0; page.isPresent() && count < MAX_PAGES; count++) {
            HttpRequest request = services.request(page.get()).header("Accept", CONTAINER_TYPE).GET().build();
            ServiceResponse response = expectOk(request, services.call(platform, scopes, request));
            items.addAll(parse(request, () -> AgsJson.parseContainer(response.body())));
            page = LinkHeader.next(response);
        }
        return items;
    }

    /** Creates a line item in the context (AGS §3.2.5); the platform's answer, with its id. */
    public LineItem create(AgsEndpoint endpoint, LineItem item) {
        Set<String> scopes = require(endpoint, AgsEndpoint.SCOPE_LINEITEM);
        URI container = endpoint.lineItems().orElseThrow(() -> notGranted("the launch has no lineitems URL"));
        HttpRequest request = services.request(container)
                .header("Content-Type", LINEITEM_TYPE)
                .header("Accept", LINEITEM_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(AgsJson.lineItem(item)))
                .build();
        ServiceResponse response = expectOk(request, services.call(platform, scopes, request));
        return parse(request, () -> AgsJson.parseLineItem(response.body()));
    }

    /** The line item with this resource id (and tag, if given), created if there is none yet. */
    public LineItem findOrCreate(AgsEndpoint endpoint, String resourceId, String label, double scoreMaximum, String tag) {
        LineItemFilter filter = LineItemFilter.all().withResourceId(resourceId);
        if (tag != null) {
            filter = filter.withTag(tag);
        }
        List<LineItem> found = lineItems(endpoint, filter).stream()
                .filter(item -> item.resourceId().equals(Optional.of(resourceId)))
                .filter(item -> tag == null || item.tag().equals(Optional.of(tag)))
                .toList();
        return found.isEmpty() ? create(endpoint, LineItem.newItem(label, scoreMaximum, resourceId, tag)) : found.get(0);
    }

    /** Posts a score to {@code <lineItem>/scores} (AGS §3.4); the caller checks the launch granted the score scope. */
    public void postScore(URI lineItem, Score score) {
        HttpRequest request = services.request(scoresUrl(lineItem))
                .header("Content-Type", SCORE_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(AgsJson.score(score)))
                .build();
        expectOk(request, services.call(platform, Set.of(AgsEndpoint.SCOPE_SCORE), request));
    }

    /** Posts a score after checking the launch granted the score scope. */
    public void postScore(AgsEndpoint endpoint, URI lineItem, Score score) {
        require(endpoint, AgsEndpoint.SCOPE_SCORE);
        postScore(lineItem, score);
    }

    /** {@code /scores} appended to the PATH, before any query string (Moodle: {@code …/lineitem?type_id=3}). */
    static URI scoresUrl(URI lineItem) {
        String path = lineItem.getRawPath() == null ? "" : lineItem.getRawPath();
        String base = lineItem.getScheme() + "://" + lineItem.getRawAuthority()
                + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/scores";
        return URI.create(lineItem.getRawQuery() == null ? base : base + "?" + lineItem.getRawQuery());
    }

    static URI withFilter(URI container, LineItemFilter filter) {
        Map<String, Optional<String>> query = new LinkedHashMap<>();
        query.put("resource_link_id", filter.resourceLinkId());
        query.put("resource_id", filter.resourceId());
        query.put("tag", filter.tag());
        query.put("limit", filter.limit().isPresent() ? Optional.of(Integer.toString(filter.limit().getAsInt())) : Optional.empty());
        return ServiceUrls.withQuery(container, query);
    }


    private static ServiceResponse expectOk(HttpRequest request, ServiceResponse response) {
        if (response.successful()) {
            return response;
        }
        int status = response.status();
        String code = status == 404 ? ServiceErrors.AGS_NOT_FOUND
                : status >= 400 && status < 500 ? ServiceErrors.AGS_REJECTED // 400, 422 and the rest of 4xx
                : ServiceErrors.MALFORMED_RESPONSE; // 1xx/3xx: redirects are not followed

        throw ServiceClient.failure(code, request, response, false);
    }

    private static <T> T parse(HttpRequest request, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ServiceException(ServiceErrors.MALFORMED_RESPONSE, request.method() + " " + request.uri()
                    + " answered an unexpected body: " + e.getMessage(), 200, null, false, e);
        }
    }

    private static Set<String> require(AgsEndpoint endpoint, String... anyOf) {
        Set<String> granted = endpoint.granted(anyOf);
        if (granted.isEmpty()) {
            throw notGranted("the launch grants none of " + String.join(", ", anyOf));
        }
        return granted;
    }

    private static ServiceException notGranted(String why) {
        return new ServiceException(ServiceErrors.SCOPE_NOT_GRANTED, "AGS call not possible: " + why + ".", 0, null,
                false, null);
    }
}
