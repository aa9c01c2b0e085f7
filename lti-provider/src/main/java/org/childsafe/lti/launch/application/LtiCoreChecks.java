package org.childsafe.lti.launch.application;

import java.util.List;
import java.util.Set;

import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.childsafe.lti.launch.domain.LtiMessageType;

/** The claims every LTI 1.3 message carries (LTI Core 1.3 §5.3.1–§5.3.3 and §5.3.7). */
final class LtiCoreChecks {

    static final String LTI_VERSION = "1.3.0";

    private LtiCoreChecks() {
    }

    /**
     * LTI Core §5.3.3 and §3.1.3: deployment_id present, at most 255 characters and known for
     * the registration (auto-provisioning, LTI-CHECKLIST §4 item 4, is the directory's decision).
     */
    static LaunchCheck deploymentKnown(RegistrationDirectory directory) {
        return new LaunchCheck("deployment_id", LtiErrors.INVALID_DEPLOYMENT, t -> {
            String deploymentId = ClaimReader.string(t.raw(), LtiClaims.DEPLOYMENT_ID, LtiErrors.INVALID_DEPLOYMENT)
                    .filter(d -> !d.isBlank())
                    .orElseThrow(() -> new InvalidLaunchException(LtiErrors.MISSING_DEPLOYMENT, "no deployment_id"));
            if (deploymentId.length() > ClaimReader.MAX_ID) {
                throw new InvalidLaunchException(LtiErrors.INVALID_DEPLOYMENT, "deployment_id longer than 255");
            }
            if (!directory.isDeploymentKnown(t.registration().id(), deploymentId)) {
                throw new InvalidLaunchException(LtiErrors.UNKNOWN_DEPLOYMENT,
                        "deployment_id unknown for registration " + t.registration().id());
            }
        });
    }

    /** LTI Core §5.3.2: version is exactly "1.3.0". */
    static LaunchCheck versionIs13() {
        return new LaunchCheck("version", LtiErrors.INVALID_VERSION, t -> {
            if (!LTI_VERSION.equals(t.raw().get(LtiClaims.VERSION))) {
                throw new InvalidLaunchException(LtiErrors.INVALID_VERSION, "version missing or not 1.3.0");
            }
        });
    }

    /** LTI Core §5.3.1: message_type is one the tool was configured to accept. */
    static LaunchCheck messageTypeSupported(Set<LtiMessageType> supported) {
        return new LaunchCheck("message_type", LtiErrors.UNSUPPORTED_MESSAGE_TYPE, t -> {
            Object value = t.raw().get(LtiClaims.MESSAGE_TYPE);
            boolean ok = value instanceof String s && LtiMessageType.fromClaim(s).filter(supported::contains).isPresent();
            if (!ok) {
                throw new InvalidLaunchException(LtiErrors.UNSUPPORTED_MESSAGE_TYPE, "message_type missing or unsupported");
            }
        });
    }

    /** LTI Core §5.3.7: roles present and an array of strings, possibly empty. */
    static LaunchCheck rolesIsArray() {
        return new LaunchCheck("roles", LtiErrors.INVALID_ROLES, t -> {
            Object value = t.raw().get(LtiClaims.ROLES);
            if (!(value instanceof List<?> roles) || !roles.stream().allMatch(String.class::isInstance)) {
                throw new InvalidLaunchException(LtiErrors.INVALID_ROLES, "roles missing, not an array, or not strings");
            }
        });
    }
}
