package org.childsafe.lessons.player;

import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import org.childsafe.lessons.attempt.AttemptProgress;

/**
 * Progress of launches that are not stored (anonymous launches, teachers previewing): kept in the HTTP session
 * only, per lesson, and gone when the session ends. Nothing is written to the database and nothing is graded.
 */
final class PreviewProgress {

    static final String ATTRIBUTE = "org.childsafe.lessons.preview";

    private PreviewProgress() {
    }

    @SuppressWarnings("unchecked")
    static AttemptProgress of(HttpSession session, String lessonId) {
        Map<String, AttemptProgress> all = (Map<String, AttemptProgress>) session.getAttribute(ATTRIBUTE);
        if (all == null) {
            all = new HashMap<>();
            session.setAttribute(ATTRIBUTE, all);
        }
        return all.computeIfAbsent(lessonId, id -> new AttemptProgress());
    }

    @SuppressWarnings("unchecked")
    static void reset(HttpSession session, String lessonId) {
        Map<String, AttemptProgress> all = (Map<String, AttemptProgress>) session.getAttribute(ATTRIBUTE);
        if (all != null) {
            all.remove(lessonId);
        }
    }
}
