package org.childsafe.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo LMS's course 7A gradebook and the activities teachers added by deep linking, in memory (they are gone
 * at restart, like the demo platform's key). A deep-linked activity with a {@code lineItem} gets its gradebook
 * column at once, as Moodle does, and its launches then carry that column in the AGS {@code lineitem} claim.
 * Thread-safe: every method is synchronized on the gradebook (the demo's load is one person clicking).
 */
@Named
@ApplicationScoped
public class DemoGradebook {

    /** At most this many activities and columns are kept; a demo clicked for days does not grow without bound. */
    static final int MAX_ENTRIES = 500;

    /** An activity added by deep linking: a resource link of the demo course. */
    public record Activity(String id, String title, String url, Map<String, String> custom, String lineItemId) {
        public Activity {
            custom = Map.copyOf(custom);
        }

        /** The value of {@code lti_message_hint} that launches it. */
        public String messageHint() {
            return DemoLaunches.LINK_HINT_PREFIX + id;
        }
    }

    /** A gradebook column (AGS line item). */
    public record Column(String id, String label, double scoreMaximum, String resourceId, String tag,
            String resourceLinkId) {
    }

    /** A score as received (AGS score). */
    public record Grade(String userId, Double scoreGiven, Double scoreMaximum, String activityProgress,
            String gradingProgress, Instant timestamp, String comment, Instant receivedAt) {

        /** The demo user with this subject, for the gradebook page. */
        public String learner() {
            for (DemoUser user : DemoUser.values()) {
                if (user.subject().equals(userId)) {
                    return user.displayName();
                }
            }
            return userId;
        }
    }

    /** A column with its scores, for the page. */
    public record ColumnView(Column column, List<Grade> grades) {
    }

    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<String, Activity> activities = new LinkedHashMap<>();
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, Map<String, Grade>> grades = new LinkedHashMap<>();

    /** Records a deep-linked activity, with its gradebook column when {@code column} is given (label, max, …). */
    public synchronized Activity addActivity(String title, String url, Map<String, String> custom, Column column) {
        requireRoom(activities);
        String id = "dl-" + sequence.incrementAndGet();
        String columnId = null;
        if (column != null) {
            columnId = createColumn(column.label(), column.scoreMaximum(), column.resourceId(), column.tag(), id).id();
        }
        Activity activity = new Activity(id, title, url, custom, columnId);
        activities.put(id, activity);
        return activity;
    }

    public synchronized Optional<Activity> activity(String id) {
        return Optional.ofNullable(activities.get(id));
    }

    public synchronized List<Activity> getActivities() {
        return List.copyOf(activities.values());
    }

    /** Creates a column (AGS §3.2.5) and returns it with its id. */
    public synchronized Column createColumn(String label, double scoreMaximum, String resourceId, String tag,
            String resourceLinkId) {
        requireRoom(columns);
        Column column = new Column(Integer.toString(sequence.incrementAndGet()), Objects.requireNonNull(label),
                scoreMaximum, resourceId, tag, resourceLinkId);
        columns.put(column.id(), column);
        return column;
    }

    public synchronized Optional<Column> column(String id) {
        return Optional.ofNullable(columns.get(id));
    }

    /** The columns matching every filter that is not {@code null} (AGS §3.2.4 query parameters). */
    public synchronized List<Column> columns(String resourceLinkId, String resourceId, String tag) {
        return columns.values().stream()
                .filter(c -> resourceLinkId == null || resourceLinkId.equals(c.resourceLinkId()))
                .filter(c -> resourceId == null || resourceId.equals(c.resourceId()))
                .filter(c -> tag == null || tag.equals(c.tag()))
                .toList();
    }

    /**
     * Keeps the score unless the column already has a newer one for the user (AGS §3.4.7: a score with an older
     * timestamp than the current one is ignored).
     */
    public synchronized void record(String columnId, Grade grade) {
        Map<String, Grade> byUser = grades.computeIfAbsent(columnId, id -> new LinkedHashMap<>());
        Grade current = byUser.get(grade.userId());
        if (current == null || !grade.timestamp().isBefore(current.timestamp())) {
            byUser.put(grade.userId(), grade);
        }
    }

    /** Every column with its scores, for {@code /demo/gradebook.xhtml}. */
    public synchronized List<ColumnView> getView() {
        List<ColumnView> view = new ArrayList<>();
        for (Column column : columns.values()) {
            view.add(new ColumnView(column, List.copyOf(grades.getOrDefault(column.id(), Collections.emptyMap()).values())));
        }
        return view;
    }

    private static void requireRoom(Map<?, ?> map) {
        if (map.size() >= MAX_ENTRIES) {
            throw new IllegalStateException("The demo gradebook is full; restart the demo to clear it.");
        }
    }
}
