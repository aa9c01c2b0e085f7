package org.childsafe.lti.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.childsafe.lti.keys.application.ToolKeyService;

/**
 * The demo platform's LTI Advantage services, checked as a strict platform checks them:
 * <ul>
 * <li>{@code /demo/platform/token} — OAuth 2 client credentials with a JWT client assertion (IMS Security
 * Framework §4.1): the assertion must be signed by one of the tool's keys (read in-process from
 * {@link ToolKeyService#publicJwks()}), {@code iss} = {@code sub} = the demo client id, {@code aud} = this URL,
 * not expired; the token lives 60 s (Moodle's lifetime) and carries the scopes asked for.</li>
 * <li>{@code /demo/platform/memberships/<context>} — NRPS 2.0 membership container with {@code rlid},
 * {@code role}, {@code limit} and {@code page}, in pages of {@value DemoRoster#PAGE_SIZE} linked by
 * {@code rel="next"}; needs a bearer token with the membership scope.</li>
 * </ul>
 */
@WebServlet(urlPatterns = {"/demo/platform/token", DemoRoster.MEMBERSHIPS_PATH + "/*"})
public class DemoServicesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    private static final long TOKEN_SECONDS = 60;

    @Inject
    transient ToolKeyService toolKeys;

    @Inject
    transient DemoPlatform demo;

    @Inject
    transient Clock clock;

    private final transient Map<String, Grant> tokens = new ConcurrentHashMap<>();

    private record Grant(Set<String> scopes, Instant expiresAt) {
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().endsWith("/token")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!"client_credentials".equals(request.getParameter("grant_type"))
                || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(request.getParameter("client_assertion_type"))
                || !assertionValid(request.getParameter("client_assertion"))) {
            oauthError(response, "invalid_client");
            return;
        }
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(
                Optional.ofNullable(request.getParameter("scope")).orElse("").trim().split("\\s+")));
        scopes.remove("");
        String token = UUID.randomUUID().toString();
        Instant now = clock.instant();
        tokens.entrySet().removeIf(e -> e.getValue().expiresAt().isBefore(now));
        tokens.put(token, new Grant(Set.copyOf(scopes), now.plusSeconds(TOKEN_SECONDS)));
        response.setContentType("application/json");
        response.getWriter().write(Json.createObjectBuilder().add("access_token", token).add("token_type", "Bearer")
                .add("expires_in", TOKEN_SECONDS).add("scope", String.join(" ", scopes)).build().toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/token")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!authorized(request.getHeader("Authorization"))) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (!("/" + DemoPlatform.CONTEXT_ID).equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> rlid = Optional.ofNullable(request.getParameter("rlid"));
        if (rlid.isPresent() && !rlid.get().startsWith("demo-link-")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int page;
        Optional<Integer> limit;
        try {
            page = Integer.parseInt(Optional.ofNullable(request.getParameter("page")).orElse("1"));
            limit = Optional.ofNullable(request.getParameter("limit")).map(Integer::parseInt);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        DemoRoster.Page answer = DemoRoster.page(rlid, Optional.ofNullable(request.getParameter("role")), limit, page);
        if (answer.hasNext()) {
            response.setHeader("Link", "<" + nextUrl(request, page + 1) + ">; rel=\"next\"");
        }
        response.setContentType("application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
        response.getWriter().write(answer.json());
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        Grant grant = tokens.get(header.substring("Bearer ".length()).trim());
        return grant != null && clock.instant().isBefore(grant.expiresAt()) && grant.scopes().contains(NRPS_SCOPE);
    }

    private boolean assertionValid(String assertion) {
        if (assertion == null) {
            return false;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(assertion);
            JWK key = toolKeys.publicJwks().getKeyByKeyId(jwt.getHeader().getKeyID());
            if (!(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
                return false;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            return DemoPlatform.CLIENT_ID.equals(claims.getIssuer()) && DemoPlatform.CLIENT_ID.equals(claims.getSubject())
                    && claims.getAudience().contains(demo.tokenUrl().toString())
                    && expires != null && expires.toInstant().isAfter(clock.instant());
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }

    private static String nextUrl(HttpServletRequest request, int page) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : new String[] {"rlid", "role", "limit"}) {
            if (request.getParameter(name) != null) {
                query.put(name, request.getParameter(name));
            }
        }
        query.put("page", Integer.toString(page));
        StringBuilder url = new StringBuilder(request.getRequestURL());
        char separator = '?';
        for (Map.Entry<String, String> entry : query.entrySet()) {
            url.append(separator).append(entry.getKey()).append('=')
                    .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    private static void oauthError(HttpServletResponse response, String error) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"" + error + "\"}");
    }
}
