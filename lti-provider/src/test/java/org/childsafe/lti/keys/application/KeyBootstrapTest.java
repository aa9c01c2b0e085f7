package org.childsafe.lti.keys.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.lti.keys.domain.KeyStatus.CURRENT;
import static org.childsafe.lti.keys.domain.KeyStatus.NEXT;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.PersistenceException;
import org.childsafe.lti.keys.domain.ToolKey;
import org.junit.jupiter.api.Test;

class KeyBootstrapTest {

    private final MutableClock clock = new MutableClock(ToolKeyTestData.START);

    @Test
    void createsKeysAndOpensTheSigningKeyOnStartup() {
        InMemoryToolKeyRepository repository = new InMemoryToolKeyRepository();

        new KeyBootstrap(ToolKeyTestData.service(repository, clock)).bootstrap();

        assertThat(repository.findAll()).extracting(ToolKey::status).containsExactly(CURRENT, NEXT);
    }

    @Test
    void losingTheRaceToAnotherNodeDoesNotFailStartup() {
        InMemoryToolKeyRepository repository = new RaceLosingRepository();

        new KeyBootstrap(ToolKeyTestData.service(repository, clock)).bootstrap();

        assertThat(ToolKeyTestData.statuses(repository.findAll())).containsOnlyKeys("childsafe-1", "childsafe-2");
    }

    @Test
    void persistentStorageFailureIsRethrownAfterTheLastAttempt() {
        FailingRepository repository = new FailingRepository();
        KeyBootstrap bootstrap = new KeyBootstrap(ToolKeyTestData.service(repository, clock));

        assertThrows(PersistenceException.class, bootstrap::bootstrap);
        assertThat(repository.attempts).isEqualTo(KeyBootstrap.ATTEMPTS);
    }

    @Test
    void wrongKeyEncryptionKeyStopsStartup() {
        InMemoryToolKeyRepository repository = new InMemoryToolKeyRepository();
        ToolKeyTestData.service(repository, clock).ensureKeys();
        ToolKeyService restartedWithOtherKek =
                new ToolKeyService(repository, new KeyCipher(ToolKeyTestData.otherKek()), clock);

        assertThrows(KeyDecryptionException.class, () -> new KeyBootstrap(restartedWithOtherKek).bootstrap());
    }

    /** Another node commits the same kids first; our first insert then hits the primary key. */
    private static final class RaceLosingRepository extends InMemoryToolKeyRepository {
        private boolean otherNodeDone;

        @Override
        public ToolKey save(ToolKey key) {
            if (!otherNodeDone) {
                otherNodeDone = true;
                super.save(ToolKeyTestData.newKey("childsafe-1", CURRENT, ToolKeyTestData.START));
                super.save(ToolKeyTestData.newKey("childsafe-2", NEXT, ToolKeyTestData.START));
            }
            return super.save(key);
        }
    }

    private static final class FailingRepository extends InMemoryToolKeyRepository {
        private int attempts;

        @Override
        public ToolKey save(ToolKey key) {
            attempts++;
            throw new EntityExistsException("simulated");
        }
    }
}
