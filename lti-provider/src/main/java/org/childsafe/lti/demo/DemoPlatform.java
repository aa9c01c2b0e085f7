package org.childsafe.lti.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.UUID;
import org.childsafe.lti.config.ToolConfig;

/**
 * The built-in demo LMS: a real (if tiny) LTI 1.3 platform served by the tool itself under {@code /demo}, so a
 * newcomer can launch every role through the genuine OIDC flow without installing Moodle.
 *
 * <h2>Safety</h2>
 * It signs launches for anyone who asks, so it exists only when {@link ToolConfig#demoEnabled()} is true, which
 * {@link ToolConfig} refuses in production mode. Its key pair lives in memory and is new at every start (the
 * tool refetches the demo JWKS on the unknown key id).
 */
@Named
@ApplicationScoped
public class DemoPlatform {

    /** The demo platform's OAuth client id for the tool. */
    public static final String CLIENT_ID = "childsafe-demo";
    /** The demo school's deployment id. */
    public static final String DEPLOYMENT_ID = "demo-school-1";
    /** The demo course. */
    public static final String CONTEXT_ID = "demo-course-7a";

    @Inject
    ToolConfig config;

    private volatile RSAKey key;

    public boolean isEnabled() {
        return config.demoEnabled();
    }

    /** The platform issuer: the tool's origin plus {@code /demo}. */
    public String issuer() {
        return config.baseUrl() + "/demo";
    }

    public URI authUrl() {
        return config.url("/demo/platform/auth");
    }

    public URI jwksUrl() {
        return config.url("/demo/platform/jwks");
    }

    public URI tokenUrl() {
        return config.url("/demo/platform/token");
    }

    /** The signing key, created on first use. */
    public RSAKey key() {
        RSAKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = generate();
                }
                current = key;
            }
        }
        return current;
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID("demo-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not create the demo platform key.", e);
        }
    }
}
