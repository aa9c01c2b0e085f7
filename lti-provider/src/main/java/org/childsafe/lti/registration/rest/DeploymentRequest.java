package org.childsafe.lti.registration.rest;

/**
 * Body of {@code POST …/deployments} (both fields) and of {@code PUT …/deployments/{deploymentId}} (only
 * {@code schoolName} is read: the deployment id in the path cannot change).
 */
public record DeploymentRequest(String deploymentId, String schoolName) {
}
