package org.childsafe.lti.launch.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

import org.childsafe.lti.launch.domain.InvalidLaunchException;

/** Assertions shared by the launch tests. */
final class LaunchAssertions {

    private LaunchAssertions() {
    }

    /** Asserts that {@code call} is rejected with exactly {@code expectedCode}. */
    static void assertRejected(String expectedCode, Executable call) {
        InvalidLaunchException e = assertThrows(InvalidLaunchException.class, call);
        assertThat(e.code()).as("error code (detail: %s)", e.getMessage()).isEqualTo(expectedCode);
    }
}
