package org.childsafe.deploy;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * Every JSON endpoint of the suite lives under {@code /api}. The OpenAPI document at {@code /openapi} is built
 * from the resources' annotations (ADR 0015); the two security schemes are how {@code /api/admin/*} is entered
 * ({@code AdminAccessFilter}): the tool administrator's Basic credentials, or the session cookie of an
 * administrator who signed in on {@code /admin/login.xhtml} or launched from the LMS as an administrator.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "ChildSafe LTI", version = "1",
        description = "JSON API of the ChildSafe LTI tool. Every error is application/problem+json with a stable code."))
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "toolAdmin", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "The tool administrator (user admin, password TOOL_ADMIN_PASSWORD); no session is created"),
        @SecurityScheme(securitySchemeName = "adminSession", type = SecuritySchemeType.APIKEY,
                in = SecuritySchemeIn.COOKIE, apiKeyName = "CHILDSAFE_SESSION",
                description = "An administrator's session; state-changing requests must come from the tool's own origin")
})
public class RestApplication extends Application {
}
