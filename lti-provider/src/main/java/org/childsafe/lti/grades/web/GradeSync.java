package org.childsafe.lti.grades.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.childsafe.lti.grades.application.GradeAccessDeniedException;
import org.childsafe.lti.grades.application.GradeService;
import org.childsafe.lti.grades.application.GradeSyncStatus;
import org.childsafe.lti.grades.application.SyncState;
import org.childsafe.lti.i18n.Messages;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;

/**
 * Backs {@code /w/grades/index.xhtml}: the grade sync status of every learner of the resource link the teacher
 * launched, and a "Send again" button for scores that are RETRYING or FAILED. Only instructors and
 * administrators get here ({@link GradesAccessFilter}); the resend is checked again by
 * {@link GradeService#resend} and audited there. The form's view state is its CSRF token.
 */
@Named
@ViewScoped
public class GradeSync implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One table row: the status and how to name the learner. */
    public record Row(GradeSyncStatus status, String learner) implements Serializable {

        public boolean resendable() {
            return status.state() == SyncState.FAILED || status.state() == SyncState.RETRYING;
        }
    }

    @Inject
    transient GradeService grades;

    @Inject
    transient LearnerNames names;

    @Inject
    transient LtiSession session;

    private List<Row> rows = List.of();

    public void load() {
        Optional<LaunchIdentity> teacher = session.identity().filter(GradesAccessFilter::staff);
        if (teacher.isEmpty() || teacher.get().resourceLinkId() == null) {
            rows = List.of();
            return;
        }
        LaunchIdentity t = teacher.get();
        rows = grades.forResourceLink(t.deploymentPk(), t.resourceLinkId()).stream()
                .map(s -> new Row(s, names.display(t.deploymentPk(), t.contextPk(), s.userId())))
                .toList();
    }

    /** "Send again" for one submission. */
    public void resend(long submissionId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        LaunchIdentity teacher = session.identity().orElseThrow(() -> new GradeAccessDeniedException("No launch."));
        try {
            GradeSyncStatus after = grades.resend(teacher, submissionId);
            String key = after.state() == SyncState.PENDING ? "grades.resend.done" : "grades.resend.unchanged";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(locale, key), null));
        } catch (GradeAccessDeniedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(locale, "error.forbidden"), null));
        }
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isHasLink() {
        return session.identity().map(LaunchIdentity::resourceLinkId).isPresent();
    }

    /** The accessible name of a row's button: "Send the score of student X again". */
    public String resendLabel(Row row) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Messages.text(locale, "grades.resend.label", row.learner());
    }

    /** A time in the viewer's language, e.g. for "last change". */
    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    /** The ISO-8601 form, for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** A score without needless decimals: 8 not 8.0, 7.5 as is. */
    public String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
