package org.childsafe.lti.services.ags;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childsafe.lti.services.ServiceErrors;
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

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]*)>\\s*;[^,]*?rel\\s*=\\s*\"?([^\",;]*)\"?");

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
            page = nextLink(response);
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
        StringBuilder query = new StringBuilder(container.getRawQuery() == null ? "" : container.getRawQuery());
        filter.resourceLinkId().ifPresent(v -> append(query, "resource_link_id", v));
        filter.resourceId().ifPresent(v -> append(query, "resource_id", v));
        filter.tag().ifPresent(v -> append(query, "tag", v));
        filter.limit().ifPresent(v -> append(query, "limit", Integer.toString(v)));
        String base = container.getScheme() + "://" + container.getRawAuthority()
                + (container.getRawPath() == null ? "" : container.getRawPath());
        return URI.create(query.isEmpty() ? base : base + "?" + query);
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static Optional<URI> nextLink(ServiceResponse response) {
        for (String header : response.headers().allValues("Link")) {
            Matcher matcher = NEXT_LINK.matcher(header);
            while (matcher.find()) {
                if ("next".equalsIgnoreCase(matcher.group(2).strip())) {
                    return Optional.of(response.uri().resolve(matcher.group(1).strip()));
                }
            }
        }
        return Optional.empty();
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
