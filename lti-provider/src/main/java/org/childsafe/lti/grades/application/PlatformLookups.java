package org.childsafe.lti.grades.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import org.childsafe.lti.registration.domain.RegistrationRepository;
import org.childsafe.lti.services.token.TokenEndpoint;
import org.childsafe.lti.session.domain.LtiUser;
import org.childsafe.lti.session.domain.People;

/**
 * The {@link GradeSender.Platforms} of the running application: the registration's token endpoint and the learner's
 * LTI {@code sub}, each read in its own short transaction.
 *
 * <h2>Why a transaction for two reads</h2>
 * The dispatcher runs on the managed scheduled executor, outside any request, and sends with no transaction (the
 * platform call must not hold one). A container-managed {@code EntityManager} used without a transaction is the
 * container's "non-transactional" one, which Payara ties to the current component invocation and closes when that
 * invocation ends; on the executor's recurring task the next run was handed the closed one, so every retry after
 * the first poll failed with {@code IllegalStateException: Session/EntityManager is closed}
 * ({@code ags.tool_error}) until the attempts ran out. Inside a transaction the entity manager belongs to the
 * transaction and is closed with it, whichever thread or task runs the lookup. Found by {@code ClusterIT}.
 */
@ApplicationScoped
class PlatformLookups implements GradeSender.Platforms {

    @Inject
    RegistrationRepository registrations;

    @Inject
    People people;

    @Override
    @Transactional(TxType.REQUIRED)
    public Optional<TokenEndpoint> tokenEndpoint(long registrationId) {
        return registrations.findById(registrationId)
                .filter(r -> r.endpoints().tokenUrl().isPresent())
                .map(TokenEndpoint::of);
    }

    @Override
    @Transactional(TxType.REQUIRED)
    public Optional<String> subject(long userId) {
        return people.findUser(userId).map(LtiUser::subject);
    }
}
