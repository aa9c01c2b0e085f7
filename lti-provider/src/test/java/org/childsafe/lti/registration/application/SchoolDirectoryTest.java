package org.childsafe.lti.registration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.lti.registration.application.RegistrationTestData.TOOL_ADMIN;
import static org.childsafe.lti.registration.application.RegistrationTestData.moodle;

import org.childsafe.lti.registration.domain.PublicId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding schools by deployment and by the public id of their pages. */
class SchoolDirectoryTest {

    private RegistrationServiceTestDouble service;
    private SchoolDirectory directory;
    private RegistrationView moodle;

    @BeforeEach
    void registerMoodleWithTwoSchools() {
        service = new RegistrationServiceTestDouble();
        moodle = service.create(TOOL_ADMIN, moodle());
        directory = new SchoolDirectory(service.registrations);
    }

    @Test
    void everySchoolHasItsOwnWellFormedPublicId() {
        DeploymentView first = moodle.deployments().get(0);
        DeploymentView second = moodle.deployments().get(1);

        assertThat(PublicId.isWellFormed(first.publicId())).isTrue();
        assertThat(PublicId.isWellFormed(second.publicId())).isTrue();
        assertThat(first.publicId()).isNotEqualTo(second.publicId());
    }

    @Test
    void findsTheSchoolBehindAPublicIdAndByItsDeployment() {
        DeploymentView second = moodle.deployments().get(1);

        School school = directory.byPublicId(second.publicId()).orElseThrow();

        assertThat(school.deploymentPk()).isEqualTo(second.key());
        assertThat(school.deploymentId()).isEqualTo(second.deploymentId());
        assertThat(school.registrationId()).isEqualTo(moodle.id());
        assertThat(school.issuer()).isEqualTo(moodle.issuer());
        assertThat(directory.byDeployment(second.key())).contains(school);
    }

    @Test
    void unknownOrMalformedPublicIdsFindNothing() {
        String real = moodle.deployments().get(0).publicId();

        assertThat(directory.byPublicId(real.toUpperCase())).isEmpty();
        assertThat(directory.byPublicId("abcdefghijabcdefghij")).isEmpty();
        assertThat(directory.byPublicId("' or 1=1 --")).isEmpty();
        assertThat(directory.byPublicId(null)).isEmpty();
        assertThat(directory.byDeployment(-1)).isEmpty();
    }
}
