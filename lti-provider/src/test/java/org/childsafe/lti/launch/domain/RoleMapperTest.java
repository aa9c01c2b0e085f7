package org.childsafe.lti.launch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RoleMapperTest {

    private static final String CONTEXT = "http://purl.imsglobal.org/vocab/lis/v2/membership";
    private static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person";
    private static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person";

    @Test
    void mapsLearner() {
        assertThat(RoleMapper.map(List.of(CONTEXT + "#Learner"))).containsExactly(ToolRole.LEARNER);
    }

    @Test
    void mapsInstructorContentDeveloperAndTeachingAssistantToInstructor() {
        for (String uri : List.of(CONTEXT + "#Instructor", CONTEXT + "#ContentDeveloper",
                CONTEXT + "/Instructor#TeachingAssistant")) {
            assertThat(RoleMapper.map(List.of(uri))).as(uri).containsExactly(ToolRole.INSTRUCTOR);
        }
    }

    @Test
    void mapsContextInstitutionAndSystemAdministrators() {
        for (String uri : List.of(CONTEXT + "#Administrator", INSTITUTION + "#Administrator",
                SYSTEM + "#Administrator", SYSTEM + "#SysAdmin")) {
            assertThat(RoleMapper.map(List.of(uri))).as(uri).containsExactly(ToolRole.ADMINISTRATOR);
        }
    }

    @Test
    void toleratesLegacyShortNames() {
        assertThat(RoleMapper.map(List.of("Learner", "Instructor", "Administrator")))
                .containsExactlyInAnyOrder(ToolRole.LEARNER, ToolRole.INSTRUCTOR, ToolRole.ADMINISTRATOR);
    }

    @Test
    void grantsNothingToAMentor() {
        assertThat(RoleMapper.map(List.of(CONTEXT + "#Mentor"))).isEmpty();
    }

    @Test
    void ignoresUnknownAndNullRoles() {
        List<String> roles = Arrays.asList(INSTITUTION + "#Student", "http://purl.imsglobal.org/vocab/lti/system/person#TestUser",
                null, "learner", CONTEXT + "#Learner");

        assertThat(RoleMapper.map(roles)).containsExactly(ToolRole.LEARNER);
    }

    @Test
    void treatsNoRolesAsAGuest() {
        assertThat(RoleMapper.map(List.of())).isEmpty();
    }

    @Test
    void combinesSeveralRoles() {
        assertThat(RoleMapper.map(List.of(CONTEXT + "#Instructor", INSTITUTION + "#Administrator")))
                .containsExactlyInAnyOrder(ToolRole.INSTRUCTOR, ToolRole.ADMINISTRATOR);
    }

    @Test
    void returnsAnUnmodifiableSet() {
        assertThrows(UnsupportedOperationException.class,
                () -> RoleMapper.map(List.of(CONTEXT + "#Learner")).add(ToolRole.ADMINISTRATOR));
    }
}
