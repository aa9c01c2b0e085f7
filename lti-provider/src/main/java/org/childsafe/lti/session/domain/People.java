package org.childsafe.lti.session.domain;

import java.util.List;
import java.util.Optional;

/** Stored users, courses and counselor designations. */
public interface People {

    Optional<LtiUser> findUser(long registrationId, String subject);

    Optional<LtiUser> findUser(long userId);

    LtiUser saveUser(LtiUser user);

    Optional<LtiContext> findContext(long deploymentPk, String contextId);

    LtiContext saveContext(LtiContext context);

    /** A stored course by its primary key. */
    Optional<LtiContext> findContext(long contextPk);

    boolean isCounselor(long deploymentPk, long userId);

    List<CounselorDesignation> counselors(long deploymentPk);

    void designate(CounselorDesignation designation);

    boolean revoke(long deploymentPk, long userId);

    /** Users of a registration who have a staff display name (instructors, administrators), newest first. */
    List<LtiUser> staff(long registrationId);
}
