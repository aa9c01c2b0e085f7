package org.childsafe.lti.grades.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.childsafe.lti.session.application.LtiSession;

/**
 * Whether a widget page shows the link to the grade sync status: to instructors and administrators launched from
 * a resource link. Widgets include {@code /WEB-INF/includes/grades-link.xhtml}.
 */
@Named
@RequestScoped
public class GradeSyncLink {

    @Inject
    LtiSession session;

    public boolean isVisible() {
        return session.identity().filter(GradesAccessFilter::staff).filter(i -> i.resourceLinkId() != null).isPresent();
    }
}
