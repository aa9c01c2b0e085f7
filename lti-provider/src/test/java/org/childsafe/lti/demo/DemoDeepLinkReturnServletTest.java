package org.childsafe.lti.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.config.ToolConfigTestData;
import org.childsafe.lti.deeplinking.DeepLinkingResponseBuilder;
import org.childsafe.lti.deeplinking.DeepLinkingSettings;
import org.childsafe.lti.keys.application.InMemoryToolKeyRepository;
import org.childsafe.lti.keys.application.MutableClock;
import org.childsafe.lti.keys.application.ToolKeyService;
import org.childsafe.lti.keys.application.ToolKeyTestData;
import org.childsafe.lti.plugin.DeepLinkItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo platform checks the tool's deep-linking response as a real platform would. */
class DemoDeepLinkReturnServletTest {

    private static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");

    private final DemoDeepLinkReturnServlet servlet = new DemoDeepLinkReturnServlet();
    private final ToolConfig config = ToolConfigTestData.demo("http://localhost:8080");
    private ToolKeyService keys;
    private DemoPlatform demo;

    @BeforeEach
    void setUp() {
        keys = ToolKeyTestData.service(new InMemoryToolKeyRepository(), new MutableClock(NOW));
        keys.ensureKeys();
        demo = new DemoPlatform();
        demo.config = config;
        servlet.toolKeys = keys;
        servlet.demo = demo;
        servlet.clock = Clock.fixed(NOW.plusSeconds(10), ZoneOffset.UTC);
    }

    private String response(String audience) {
        DeepLinkingSettings settings = new DeepLinkingSettings(config.baseUrl() + DemoLaunches.DEEP_LINKING_RETURN,
                List.of("ltiResourceLink"), true, List.of("iframe"), true, "d", 1L, audience, DemoPlatform.CLIENT_ID,
                DemoPlatform.DEPLOYMENT_ID);
        DeepLinkItem item = new DeepLinkItem("report", "report", "Report", null, Map.of(), null, null);
        return new DeepLinkingResponseBuilder(keys.signingKey(), Clock.fixed(NOW, ZoneOffset.UTC),
                URI.create("http://localhost:8080")).build(settings, List.of(item), null);
    }

    @Test
    void acceptsAResponseSignedWithTheToolsCurrentKey() throws Exception {
        SignedJWT verified = servlet.verify(response(demo.issuer()));

        assertThat(verified.getHeader().getKeyID()).isEqualTo(keys.signingKey().getKeyID());
    }

    @Test
    void refusesAResponseForAnotherPlatform() {
        assertThrows(IllegalArgumentException.class, () -> servlet.verify(response("https://other.example")));
    }

    @Test
    void refusesAResponseWithABrokenSignature() {
        String jwt = response(demo.issuer());
        String tampered = jwt.substring(0, jwt.length() - 4) + (jwt.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThrows(IllegalArgumentException.class, () -> servlet.verify(tampered));
    }

    @Test
    void refusesAnExpiredResponse() {
        servlet.clock = Clock.fixed(NOW.plusSeconds(301), ZoneOffset.UTC);

        assertThrows(IllegalArgumentException.class, () -> servlet.verify(response(demo.issuer())));
    }
}
