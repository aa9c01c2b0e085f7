package org.childsafe.report.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.childsafe.lti.registration.application.School;
import org.childsafe.lti.registration.application.SchoolDirectory;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;

/**
 * Which school a report page serves, decided once when the view loads and kept in the view: the school of the
 * public id in the address for public pages, or the school of the launch for widget pages. A public page never
 * looks at the launch, even if the browser has one, so that reports from it are never linked to an LMS user.
 *
 * @param deploymentPk the school
 * @param publicId     the school's public id (for links between its public pages)
 * @param schoolName   the name to show, may be {@code null}
 * @param launched     whether the page was reached through an LTI launch
 */
public record SchoolContext(long deploymentPk, String publicId, String schoolName, boolean launched) implements Serializable {

    /** The school of a public page, or a 404 answer (and empty) if the id names none. */
    static Optional<SchoolContext> forPublicPage(SchoolDirectory schools, String publicId) {
        Optional<School> school = schools.byPublicId(publicId);
        if (school.isEmpty()) {
            notFound();
            return Optional.empty();
        }
        return school.map(s -> new SchoolContext(s.deploymentPk(), s.publicId(), s.name(), false));
    }

    /** The school of the current launch (the LTI session filter guarantees one on {@code /w/*}). */
    static Optional<SchoolContext> forLaunch(LtiSession session, SchoolDirectory schools) {
        Optional<LaunchIdentity> identity = session.identity();
        if (identity.isEmpty()) {
            notFound();
            return Optional.empty();
        }
        LaunchIdentity launch = identity.get();
        String publicId = schools.byDeployment(launch.deploymentPk()).map(School::publicId).orElse(null);
        return Optional.of(new SchoolContext(launch.deploymentPk(), publicId, launch.schoolName(), true));
    }

    private static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
