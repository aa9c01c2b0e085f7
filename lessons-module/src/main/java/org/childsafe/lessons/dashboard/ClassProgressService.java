package org.childsafe.lessons.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.childsafe.lessons.LessonsConfig;
import org.childsafe.lessons.attempt.AttemptRepository;
import org.childsafe.lessons.attempt.GradeReport;
import org.childsafe.lessons.attempt.GradeReporter;
import org.childsafe.lessons.attempt.LessonAttempt;
import org.childsafe.lessons.catalog.LessonCatalog;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.roster.RosterException;
import org.childsafe.lti.roster.RosterMember;
import org.childsafe.lti.roster.RosterService;
import org.childsafe.lti.services.ServiceException;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.domain.LtiUser;
import org.childsafe.lti.session.domain.People;

/**
 * Assembles {@link ClassProgress} for the teacher's own course (the launch's deployment and course, never another)
 * from stored attempts, the NRPS roster ({@link RosterService}) and the grade queue. Learners' names exist only in
 * the roster answer and the page being rendered; nothing of the roster is stored.
 */
@ApplicationScoped
public class ClassProgressService {

    private static final Logger LOG = Logger.getLogger(ClassProgressService.class.getName());

    @Inject
    AttemptRepository attempts;

    @Inject
    LessonCatalog catalog;

    @Inject
    GradeReporter grades;

    @Inject
    RosterService roster;

    @Inject
    People people;

    @Inject
    LessonsConfig config;

    @Inject
    AuditLog audit;

    /** Audit action of a CSV export of a course's lesson results. */
    public static final String AUDIT_EXPORT = "lessons.export";

    /** Instructors and administrators of the launch may see its course's progress; learners may not. */
    public static boolean mayView(LaunchIdentity identity) {
        return identity != null && !identity.anonymous()
                && (identity.has(ToolRole.INSTRUCTOR) || identity.has(ToolRole.ADMINISTRATOR));
    }

    /**
     * @param teacher  the staff launch (checked with {@link #mayView})
     * @param lessonId the lesson to detail, or null for the first lesson with attempts
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClassProgress of(LaunchIdentity teacher, String lessonId, Locale locale,
                            java.util.function.Function<Long, String> anonymousLabel) {
        if (!mayView(teacher)) {
            throw new SecurityException("Only instructors and administrators see class progress.");
        }
        List<LessonAttempt> course = attempts.ofCourse(teacher.deploymentPk(), teacher.contextPk());
        List<Lesson> lessons = catalog.lessons();
        Lesson lesson = catalog.lesson(lessonId).orElseGet(() -> lessons.stream()
                .filter(l -> course.stream().anyMatch(a -> a.lessonId().equals(l.id()))).findFirst()
                .orElse(lessons.isEmpty() ? null : lessons.get(0)));
        List<LessonSummary> summaries = ProgressReport.summaries(lessons, course, config.attemptPolicy(), locale);
        if (lesson == null) {
            return new ClassProgress(summaries, null, List.of(), List.of(), List.of(), null);
        }
        Map<Long, String> subjects = new HashMap<>();
        course.stream().map(LessonAttempt::userId).distinct().forEach(id ->
                people.findUser(id).map(LtiUser::subject).ifPresent(subject -> subjects.put(id, subject)));
        List<ProgressReport.Member> members = null;
        String rosterError = null;
        try {
            members = roster.learners(teacher, null).stream().map(ClassProgressService::member).toList();
        } catch (RosterException e) {
            rosterError = e.code();
        } catch (ServiceException e) {
            rosterError = e.code();
            LOG.fine(() -> "Roster unavailable: " + e.code());
        }
        List<StudentRow> students = ProgressReport.students(lesson, course, config.attemptPolicy(), subjects, members,
                grades(teacher, lesson, course), anonymousLabel);
        Set<String> started = new HashSet<>();
        course.stream().filter(a -> a.lessonId().equals(lesson.id())).forEach(a -> started.add(subjects.get(a.userId())));
        List<String> notStarted = ProgressReport.notStarted(members, started).stream().map(ProgressReport.Member::name)
                .toList();
        return new ClassProgress(summaries, lesson, students, notStarted, ProgressReport.questions(lesson,
                attempts.answersOfCourse(teacher.deploymentPk(), teacher.contextPk(), lesson.id()), locale), rosterError);
    }

    /**
     * {@link #of} for a CSV export, recorded in the audit log (who exported which course's results; ids only) in
     * the same transaction.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public ClassProgress export(LaunchIdentity teacher, String lessonId, Locale locale,
                                java.util.function.Function<Long, String> anonymousLabel) {
        ClassProgress view = of(teacher, lessonId, locale, anonymousLabel);
        audit.record("lti-staff:" + teacher.registrationId() + ":" + teacher.userId(), AUDIT_EXPORT,
                "registration:" + teacher.registrationId() + "/deployment:" + teacher.deploymentPk() + "/context:"
                        + teacher.contextPk() + "/lesson:" + (view.lesson() == null ? "-" : view.lesson().id()),
                view.students().size() + " students");
        return view;
    }

    private Map<Long, GradeReport> grades(LaunchIdentity teacher, Lesson lesson, List<LessonAttempt> course) {
        Map<Long, GradeReport> latest = new HashMap<>();
        course.stream().filter(a -> a.lessonId().equals(lesson.id()) && a.resourceLinkId() != null)
                .map(LessonAttempt::resourceLinkId).distinct().forEach(link -> {
                    List<GradeReport> reports = new ArrayList<>(grades.forResourceLink(teacher.deploymentPk(), link));
                    reports.sort(Comparator.comparing(GradeReport::updatedAt));
                    reports.forEach(report -> latest.put(report.userId(), report));
                });
        return latest;
    }

    private static ProgressReport.Member member(RosterMember member) {
        return new ProgressReport.Member(member.userId(), member.displayName().orElse(member.userId()));
    }
}
