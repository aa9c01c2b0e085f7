package org.childsafe.lti.grades.domain;

import java.util.Optional;

/** The AGS endpoints remembered per (deployment, resource link). */
public interface ResourceLinks {

    /** Inserts or replaces the row for the link (two instances launching the same link at once both succeed). */
    void remember(LinkEndpoint endpoint);

    Optional<LinkEndpoint> find(long deploymentPk, String resourceLinkId);
}
