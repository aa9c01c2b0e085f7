package org.childsafe.lti.launch.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A launch that passed every check of the IMS Security Framework §5.1.3 and LTI Core 1.3 §5.3.
 *
 * <p>It exists so that the rest of the tool only ever sees validated launch data and never the
 * raw id_token. Invariants: it is immutable (lists, sets and maps, including the nested values of
 * {@link #claims()}, are unmodifiable copies); issuer, clientId, deploymentId, messageType and
 * roles are always present; {@code subject == null} exactly when the launch is anonymous, and
 * then name, givenName, familyName and email are null too. The identity fields are personal data:
 * they are handed to the session for display only and are never persisted by this module, and
 * {@link #toString()} leaves them out.
 *
 * @param issuer            the platform issuer
 * @param clientId          the tool's client_id at the platform
 * @param registrationId    the id of the registration the launch belongs to
 * @param deploymentId      the deployment id (LTI Core §5.3.3)
 * @param subject           the platform user id, null for an anonymous launch (LTI Core §5.3.6)
 * @param messageType       the message type (LTI Core §5.3.1)
 * @param roleUris          the roles claim as sent, possibly empty (LTI Core §5.3.7)
 * @param toolRoles         the roles mapped by {@link RoleMapper}, possibly empty
 * @param resourceLinkId    resource_link.id; null for a deep-linking request
 * @param resourceLinkTitle resource_link.title, may be null
 * @param contextId         context.id, may be null (LTI Core §5.4.1)
 * @param contextTitle      context.title, may be null
 * @param contextLabel      context.label, may be null
 * @param targetLinkUri     target_link_uri, on the tool origin; may be null for deep linking
 * @param locale            launch_presentation.locale, may be null (LTI Core §5.4.4)
 * @param returnUrl         launch_presentation.return_url (absolute http(s)), may be null
 * @param documentTarget    launch_presentation.document_target, may be null
 * @param custom            the custom claim (LTI Core §5.4.6), empty when absent
 * @param name              the user's full name, may be null
 * @param givenName         the user's given name, may be null
 * @param familyName        the user's family name, may be null
 * @param email             the user's e-mail address, may be null
 * @param claims            every claim of the id_token, for the AGS, NRPS and Deep Linking services
 */
public record LaunchClaims(String issuer, String clientId, long registrationId, String deploymentId,
                           String subject, LtiMessageType messageType, List<String> roleUris,
                           Set<ToolRole> toolRoles, String resourceLinkId, String resourceLinkTitle,
                           String contextId, String contextTitle, String contextLabel, String targetLinkUri,
                           String locale, String returnUrl, String documentTarget, Map<String, String> custom,
                           String name, String givenName, String familyName, String email,
                           Map<String, Object> claims) {

    public LaunchClaims {
        Objects.requireNonNull(issuer, "Issuer is required.");
        Objects.requireNonNull(clientId, "Client id is required.");
        Objects.requireNonNull(deploymentId, "Deployment id is required.");
        Objects.requireNonNull(messageType, "Message type is required.");
        roleUris = List.copyOf(roleUris);
        toolRoles = Set.copyOf(toolRoles);
        custom = Collections.unmodifiableMap(new LinkedHashMap<>(custom));
        claims = freezeMap(claims);
    }

    /** @return true when the platform did not identify the user (LTI Core §5.3.6) */
    public boolean anonymous() {
        return subject == null;
    }

    /**
     * @param role a tool role
     * @return true when the launch grants {@code role}
     */
    public boolean has(ToolRole role) {
        return toolRoles.contains(role);
    }

    /** Leaves out personal data and the raw claims, so a launch can be logged safely. */
    @Override
    public String toString() {
        return "LaunchClaims[issuer=" + issuer + ", clientId=" + clientId + ", deploymentId=" + deploymentId
                + ", messageType=" + messageType + ", resourceLinkId=" + resourceLinkId
                + ", anonymous=" + anonymous() + ", toolRoles=" + toolRoles + "]";
    }

    private static Map<String, Object> freezeMap(Map<?, ?> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(String.valueOf(key), freeze(value)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            return freezeMap(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(freeze(element)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
