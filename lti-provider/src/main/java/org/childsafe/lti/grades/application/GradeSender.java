package org.childsafe.lti.grades.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalDouble;
import org.childsafe.lti.grades.domain.GradeOutbox;
import org.childsafe.lti.grades.domain.LinkEndpoint;
import org.childsafe.lti.grades.domain.ResourceLinks;
import org.childsafe.lti.grades.domain.Submission;
import org.childsafe.lti.services.ags.AgsClient;
import org.childsafe.lti.services.ags.AgsEndpoint;
import org.childsafe.lti.services.ags.LineItem;
import org.childsafe.lti.services.ags.Score;
import org.childsafe.lti.services.token.ServiceClient;
import org.childsafe.lti.services.token.TokenEndpoint;

/**
 * Sends one claimed submission to its platform (AGS 2.0): finds the gradebook column, then posts the score.
 *
 * <h2>Which line item</h2>
 * <ol>
 * <li>the one found or created for this row on an earlier attempt (so a retry does not create a second
 * column);</li>
 * <li>the resource link's {@code lineitem} claim, when the platform made one column for the link (a deep-linked
 * graded item; AGS §3.1);</li>
 * <li>otherwise, with the widget's {@link LineItemHint}: the item of the {@code lineitems} container with that
 * {@code resourceId} (and {@code tag}), created with the hint's label and the score's maximum if missing.</li>
 * </ol>
 * The score goes to the learner's LTI {@code sub} (the stored user's subject), timestamped when the learner
 * earned it, so the platform keeps the newest if an older attempt lands later.
 *
 * <p>Throws a {@link org.childsafe.lti.services.ServiceException} or {@link GradeNotDeliverableException} on
 * failure; {@link Failure#of} classifies it.
 */
@ApplicationScoped
public class GradeSender {

    /** What the sender needs from outside the grade feature, as one seam for tests. */
    public interface Platforms {
        /** The token endpoint of the registration, empty when it has no token URL. */
        Optional<TokenEndpoint> tokenEndpoint(long registrationId);

        /** The LTI {@code sub} of a stored user. */
        Optional<String> subject(long userId);
    }

    @Inject
    ResourceLinks links;

    @Inject
    GradeOutbox outbox;

    @Inject
    ServiceClient services;

    @Inject
    PlatformLookups lookups;

    private Platforms platforms;

    protected GradeSender() {
    }

    /** For tests outside the container. */
    public GradeSender(ResourceLinks links, GradeOutbox outbox, ServiceClient services, Platforms platforms) {
        this.links = links;
        this.outbox = outbox;
        this.services = services;
        this.platforms = platforms;
    }

    /** Sends the score of {@code s}, claimed by {@code owner}; returns normally only when the platform accepted it. */
    @Transactional(TxType.NOT_SUPPORTED)
    public void send(Submission s, String owner) {
        LinkEndpoint link = links.find(s.deploymentPk(), s.resourceLinkId())
                .filter(LinkEndpoint::hasAgs)
                .orElseThrow(() -> new GradeNotDeliverableException("The resource link's launches carry no AGS claim."));
        AgsEndpoint endpoint = new AgsEndpoint(link.scopes(), uri(link.lineItems()), uri(link.lineItem()));
        if (!endpoint.scopes().contains(AgsEndpoint.SCOPE_SCORE)) {
            throw new GradeNotDeliverableException("The launch does not grant the score scope.");
        }
        TokenEndpoint token = platforms().tokenEndpoint(s.registrationId())
                .orElseThrow(() -> new GradeNotDeliverableException("The registration has no token URL."));
        String subject = platforms().subject(s.userId())
                .orElseThrow(() -> new GradeNotDeliverableException("The learner is no longer stored."));
        AgsClient ags = new AgsClient(services, token);
        URI lineItem = lineItem(s, owner, link, endpoint, ags);
        ags.postScore(endpoint, lineItem, new Score(subject, OptionalDouble.of(s.scoreGiven()), s.scoreMaximum(),
                s.activityProgress(), s.gradingProgress(), s.scoredAt(), Optional.ofNullable(s.comment())));
    }

    private URI lineItem(Submission s, String owner, LinkEndpoint link, AgsEndpoint endpoint, AgsClient ags) {
        if (s.lineItemUrl() != null) {
            return URI.create(s.lineItemUrl());
        }
        if (link.lineItem() != null) {
            return URI.create(link.lineItem());
        }
        if (s.hintResourceId() == null || link.lineItems() == null) {
            throw new GradeNotDeliverableException(
                    "The launch names no line item and the widget gave no resource id to find or create one.");
        }
        LineItem item = ags.findOrCreate(endpoint, s.hintResourceId(), s.hintLabel(), s.scoreMaximum(), s.hintTag());
        URI id = item.id().orElseThrow(() -> new GradeNotDeliverableException("The platform's line item has no id."));
        outbox.rememberLineItem(s.id(), owner, id.toString());
        return id;
    }

    private static Optional<URI> uri(String value) {
        return value == null ? Optional.empty() : Optional.of(URI.create(value));
    }

    private Platforms platforms() {
        return platforms != null ? platforms : lookups;
    }
}
