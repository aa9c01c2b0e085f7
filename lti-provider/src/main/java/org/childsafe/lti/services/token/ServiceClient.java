package org.childsafe.lti.services.token;

import java.net.http.HttpRequest;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.childsafe.lti.services.ServiceErrors;
import org.childsafe.lti.services.ServiceException;

/**
 * Sends one request to a platform service with a bearer token (RFC 6750 §2.1). A 401 means the platform no
 * longer accepts the cached token (revoked, or the platform restarted with a new secret): the token is
 * forgotten, a new one requested and the request sent again, ONCE; a second 401 is {@code service.unauthorized}.
 * A 403 is {@code service.forbidden} and a 5xx {@code service.unavailable}; other answers go back to the caller,
 * which knows what a 404 or 422 means for its service.
 */
public class ServiceClient {

    private final ServiceHttp http;
    private final TokenCache tokens;

    public ServiceClient(ServiceHttp http, TokenCache tokens) {
        this.http = Objects.requireNonNull(http, "HTTP client is required.");
        this.tokens = Objects.requireNonNull(tokens, "Token cache is required.");
    }

    /** A request builder with the client's request timeout, for {@link #call}. */
    public HttpRequest.Builder request(java.net.URI uri) {
        return http.request(uri);
    }

    /**
     * @param endpoint where to get the token
     * @param scopes   the scopes the token must have
     * @param request  the request without {@code Authorization}; it is copied for each attempt
     */
    public ServiceResponse call(TokenEndpoint endpoint, Set<String> scopes, HttpRequest request) {
        ServiceResponse response = send(endpoint, scopes, request);
        if (response.status() == 401) {
            response = send(endpoint, scopes, request);
        }
        if (response.status() == 401) {
            throw failure(ServiceErrors.UNAUTHORIZED, request, response, false);
        }
        if (response.status() == 403) {
            throw failure(ServiceErrors.FORBIDDEN, request, response, false);
        }
        if (response.status() >= 500) {
            throw failure(ServiceErrors.UNAVAILABLE, request, response, true);
        }
        return response;
    }

    private ServiceResponse send(TokenEndpoint endpoint, Set<String> scopes, HttpRequest request) {
        AccessToken token = tokens.token(endpoint, scopes);
        UnaryOperator<HttpRequest.Builder> auth = b -> b.setHeader("Authorization", "Bearer " + token.value());
        ServiceResponse response = http.send(auth.apply(HttpRequest.newBuilder(request, (n, v) -> true)).build());
        if (response.status() == 401) {
            tokens.invalidate(endpoint, scopes, token);
        }
        return response;
    }

    /** An exception for a non-2xx answer, keeping the platform's message for the grade sync status. */
    public static ServiceException failure(String code, HttpRequest request, ServiceResponse response, boolean retryable) {
        return new ServiceException(code, request.method() + " " + request.uri() + " answered " + response.status() + ".",
                response.status(), PlatformMessage.of(response.body()), retryable, null);
    }
}
