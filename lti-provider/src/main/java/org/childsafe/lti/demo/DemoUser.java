package org.childsafe.lti.demo;

import java.util.List;
import java.util.Optional;

/**
 * The people of the demo school. Each has a fixed subject so a returning demo user is the same user; names are
 * obviously fictional. The counselor is an instructor whom the demo bootstrap designates counselor.
 */
public enum DemoUser {
    STUDENT("demo-student-1", "An Nguyen", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner")),
    TEACHER("demo-teacher-1", "Cô Lan (teacher)", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")),
    COUNSELOR("demo-counselor-1", "Thầy Minh (counselor)", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")),
    ADMIN("demo-admin-1", "Demo school admin", List.of(
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator"));

    private final String subject;
    private final String displayName;
    private final List<String> roles;

    DemoUser(String subject, String displayName, List<String> roles) {
        this.subject = subject;
        this.displayName = displayName;
        this.roles = roles;
    }

    /** The value sent as {@code login_hint}: the lower-case constant name. */
    public String loginHint() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public List<String> roles() {
        return roles;
    }

    public static Optional<DemoUser> byLoginHint(String hint) {
        for (DemoUser user : values()) {
            if (user.loginHint().equals(hint)) {
                return Optional.of(user);
            }
        }
        return Optional.empty();
    }
}
