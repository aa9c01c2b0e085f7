package org.childsafe.lti.registration.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.childsafe.lti.registration.application.RegistrationDraft;
import org.childsafe.lti.registration.application.RegistrationView;

/**
 * The values of the add/edit form, as typed. Deployment ids are one text, split at commas and line breaks;
 * when editing they only add ids. Validation is the service's ({@link RegistrationDraft#problems()}), so the
 * form and the JSON API accept exactly the same input.
 */
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String issuer;
    private String clientId;
    private String displayName;
    private String authUrl;
    private String jwksUrl;
    private String tokenUrl;
    private String tokenAudience;
    private String deploymentIds;

    /** The form filled with a stored registration, for editing. */
    static RegistrationForm of(RegistrationView view) {
        RegistrationForm form = new RegistrationForm();
        form.issuer = view.issuer();
        form.clientId = view.clientId();
        form.displayName = view.displayName();
        form.authUrl = view.authUrl();
        form.jwksUrl = view.jwksUrl();
        form.tokenUrl = view.tokenUrl();
        form.tokenAudience = view.tokenAudience();
        return form;
    }

    RegistrationDraft toDraft() {
        List<String> ids = deploymentIds == null ? List.of()
                : Arrays.stream(deploymentIds.split("[,\\r\\n]+")).map(String::strip).filter(id -> !id.isEmpty()).toList();
        return new RegistrationDraft(issuer, clientId, displayName, authUrl, jwksUrl, tokenUrl, tokenAudience, ids);
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    public void setAuthUrl(String authUrl) {
        this.authUrl = authUrl;
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public void setJwksUrl(String jwksUrl) {
        this.jwksUrl = jwksUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String getTokenAudience() {
        return tokenAudience;
    }

    public void setTokenAudience(String tokenAudience) {
        this.tokenAudience = tokenAudience;
    }

    public String getDeploymentIds() {
        return deploymentIds;
    }

    public void setDeploymentIds(String deploymentIds) {
        this.deploymentIds = deploymentIds;
    }
}
