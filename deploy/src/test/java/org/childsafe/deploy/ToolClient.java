package org.childsafe.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser stand-in for container tests: plain HTTP to the tool on localhost, redirects NOT followed (tests
 * assert each hop), and a cookie jar that keeps cookies by name. The tool marks its cookies {@code Secure},
 * which {@link java.net.CookieManager} would never send over http://localhost, hence this small jar; real
 * browsers treat localhost as secure and are exercised by the browser tests.
 */
public final class ToolClient {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public ToolClient(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        return send(request(pathOrUrl).GET());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    public HttpResponse<String> admin(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + SuiteDeployment.adminPassword()).getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String[] pair = header.split(";", 2)[0].split("=", 2);
            if (header.toLowerCase().contains("max-age=0") || pair[1].isEmpty()) {
                cookies.remove(pair[0]);
            } else {
                cookies.put(pair[0], pair[1]);
            }
        }
        return response;
    }

    public HttpRequest.Builder request(String pathOrUrl) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : base.resolve(pathOrUrl);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept-Language", "vi");
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    public void forget(String cookieName) {
        cookies.remove(cookieName);
    }

    /** The Set-Cookie header for a cookie name in a response, or null. */
    public static String setCookie(HttpResponse<?> response, String name) {
        List<String> all = response.headers().allValues("Set-Cookie");
        return all.stream().filter(h -> h.startsWith(name + "=")).findFirst().orElse(null);
    }

    /** Query parameters of a URL (decoded). */
    public static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
        }
        return params;
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
