package org.childsafe.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BalancerTest {

    private static final URI A = URI.create("http://localhost:22080");
    private static final URI B = URI.create("http://localhost:22081");
    private final AtomicLong now = new AtomicLong();
    private final Balancer balancer = new Balancer(List.of(A, B), now::get);

    @Test
    void takesTheInstancesInTurn() {
        assertThat(List.of(balancer.pick(), balancer.pick(), balancer.pick(), balancer.pick())).containsExactly(A, B, A, B);
    }

    @Test
    void aRefusedConnectionGoesToTheOtherInstanceAtOnceAndIsCounted() throws Exception {
        List<URI> tried = new ArrayList<>();

        String answer = balancer.call(instance -> {
            tried.add(instance);
            if (instance.equals(A)) {
                throw new ConnectException("refused");
            }
            return "ok from " + instance.getPort();
        });

        assertThat(answer).isEqualTo("ok from 22081");
        assertThat(tried).containsExactly(A, B);
        assertThat(balancer.failovers()).isOne();
    }

    @Test
    void anInstanceThatRefusedIsSkippedForTheHoldOffThenTriedAgain() {
        balancer.refused(A);

        assertThat(List.of(balancer.pick(), balancer.pick(), balancer.pick())).containsOnly(B);

        now.addAndGet(Balancer.HOLD_OFF_NANOS);
        assertThat(List.of(balancer.pick(), balancer.pick())).containsExactlyInAnyOrder(A, B);
    }

    @Test
    void otherFailuresAreNotRepeated() {
        List<URI> tried = new ArrayList<>();

        assertThrows(IOException.class, () -> balancer.call(instance -> {
            tried.add(instance);
            throw new IOException("connection reset after the request was sent");
        }));

        assertThat(tried).hasSize(1);
        assertThat(balancer.failovers()).isZero();
    }

    @Test
    void whenEveryInstanceRefusesTheUserSeesTheRefusal() {
        assertThrows(ConnectException.class, () -> balancer.call(instance -> {
            throw new ConnectException("refused");
        }));
        assertThat(balancer.failovers()).isOne();
    }

    @Test
    void anInstanceNotReadyGetsNoTrafficUntilItIsReady() {
        balancer.ready(B, false);

        assertThat(List.of(balancer.pick(), balancer.pick(), balancer.pick())).containsOnly(A);

        balancer.ready(B, true);
        assertThat(List.of(balancer.pick(), balancer.pick())).containsExactlyInAnyOrder(A, B);
    }

    @Test
    void whenNoInstanceIsReadyItFailsOpenButStillAvoidsOneThatRefused() {
        balancer.ready(A, false);
        balancer.ready(B, false);
        assertThat(List.of(balancer.pick(), balancer.pick())).containsExactlyInAnyOrder(A, B);

        balancer.refused(A);
        assertThat(List.of(balancer.pick(), balancer.pick())).containsOnly(B);
    }
}
