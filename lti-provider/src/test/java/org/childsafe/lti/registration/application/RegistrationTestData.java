package org.childsafe.lti.registration.application;

import java.util.List;
import org.childsafe.lti.admin.AdminScope;

/** Valid inputs and administrator scopes for registration tests; each test changes one value. */
final class RegistrationTestData {

    static final AdminScope TOOL_ADMIN = AdminScope.toolAdmin();

    private RegistrationTestData() {
    }

    /** A Moodle-like platform, valid in every field. */
    static RegistrationDraft moodle() {
        return new RegistrationDraft("https://moodle.school.edu.vn", "client-1", "THCS Nguyễn Du",
                "https://moodle.school.edu.vn/mod/lti/auth.php", "https://moodle.school.edu.vn/mod/lti/certs.php",
                "https://moodle.school.edu.vn/mod/lti/token.php", null, List.of("1", "2"));
    }

    /** Another valid platform. */
    static RegistrationDraft canvas() {
        return new RegistrationDraft("https://canvas.instructure.com", "10000000000042", "Canvas district",
                "https://sso.canvaslms.com/api/lti/authorize_redirect", "https://sso.canvaslms.com/api/lti/security/jwks",
                "https://sso.canvaslms.com/login/oauth2/token", null, List.of("7:abc"));
    }

    static RegistrationDraft withIssuer(RegistrationDraft d, String issuer) {
        return new RegistrationDraft(issuer, d.clientId(), d.displayName(), d.authUrl(), d.jwksUrl(), d.tokenUrl(),
                d.tokenAudience(), d.deploymentIds());
    }

    static RegistrationDraft withClientId(RegistrationDraft d, String clientId) {
        return new RegistrationDraft(d.issuer(), clientId, d.displayName(), d.authUrl(), d.jwksUrl(), d.tokenUrl(),
                d.tokenAudience(), d.deploymentIds());
    }

    static RegistrationDraft withDisplayName(RegistrationDraft d, String displayName) {
        return new RegistrationDraft(d.issuer(), d.clientId(), displayName, d.authUrl(), d.jwksUrl(), d.tokenUrl(),
                d.tokenAudience(), d.deploymentIds());
    }

    static RegistrationDraft withAuthUrl(RegistrationDraft d, String authUrl) {
        return new RegistrationDraft(d.issuer(), d.clientId(), d.displayName(), authUrl, d.jwksUrl(), d.tokenUrl(),
                d.tokenAudience(), d.deploymentIds());
    }

    static RegistrationDraft withTokenUrl(RegistrationDraft d, String tokenUrl) {
        return new RegistrationDraft(d.issuer(), d.clientId(), d.displayName(), d.authUrl(), d.jwksUrl(), tokenUrl,
                d.tokenAudience(), d.deploymentIds());
    }

    static RegistrationDraft withDeploymentIds(RegistrationDraft d, List<String> deploymentIds) {
        return new RegistrationDraft(d.issuer(), d.clientId(), d.displayName(), d.authUrl(), d.jwksUrl(), d.tokenUrl(),
                d.tokenAudience(), deploymentIds);
    }
}
