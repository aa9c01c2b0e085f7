package org.childsafe.lessons.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.childsafe.lti.observe.EventLog;
import org.childsafe.lti.observe.MetricLabels;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@value #COMPLETIONS}: lesson attempts completed, by {@code lesson} id (a catalogue id such as
 * {@code safe-passwords}, bounded by the installed packs; never the learner or the class).
 */
@ApplicationScoped
public class LessonMetrics {

    /** Counter of completed lesson attempts. */
    public static final String COMPLETIONS = "childsafe_lessons_completions";

    private static final Logger LOG = Logger.getLogger(LessonMetrics.class.getName());
    private static final Metadata META = Metadata.builder().withName(COMPLETIONS)
            .withDescription("Lesson attempts completed, by lesson id").withUnit(MetricUnits.NONE).build();

    @Inject
    MetricRegistry registry;

    /** One completed attempt; without a registry (tests outside the container) only the log event is written. */
    void completed(String lessonId) {
        String lesson = MetricLabels.code(lessonId);
        EventLog.info(LOG, "lessons.attempt.completed", Map.of("lesson", lesson));
        if (registry != null) {
            registry.counter(META, new Tag("lesson", lesson)).inc();
        }
    }
}
