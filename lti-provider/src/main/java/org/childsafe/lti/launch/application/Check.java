package org.childsafe.lti.launch.application;

/**
 * One verification step of a launch token. A check passes by returning normally and rejects by
 * throwing {@link org.childsafe.lti.launch.domain.InvalidLaunchException}; any other exception is
 * turned into a rejection by {@link LaunchCheck#run(LaunchToken)}, never into a pass.
 */
@FunctionalInterface
interface Check {

    void verify(LaunchToken token) throws Exception;
}
