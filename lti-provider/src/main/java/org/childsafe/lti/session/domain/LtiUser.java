package org.childsafe.lti.session.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A platform user as one registration knows them. The platform's {@code sub} is only meaningful inside its
 * registration, so the same {@code sub} from another registration is another user: the pair
 * {@code (registrationId, subject)} is the identity and is never trusted across registrations.
 *
 * <p>Minimisation: only the opaque subject is stored. A display name is stored for staff only (so an
 * administrator can recognise whom to name counselor), never for learners.
 */
@Entity
@Table(name = "lti_user")
public class LtiUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private long registrationId;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_launch_at", nullable = false)
    private Instant lastLaunchAt;

    protected LtiUser() {
    }

    public LtiUser(long registrationId, String subject, Instant now) {
        this.registrationId = registrationId;
        this.subject = Objects.requireNonNull(subject, "Subject is required.");
        this.createdAt = now;
        this.lastLaunchAt = now;
    }

    /** Records a launch; keeps a display name only when the user acts as staff, and drops it otherwise. */
    public void launched(Instant now, String staffDisplayName) {
        this.lastLaunchAt = now;
        this.displayName = staffDisplayName == null || staffDisplayName.isBlank()
                ? null
                : staffDisplayName.strip().substring(0, Math.min(200, staffDisplayName.strip().length()));
    }

    public Long id() {
        return id;
    }

    public long registrationId() {
        return registrationId;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public Instant lastLaunchAt() {
        return lastLaunchAt;
    }
}
