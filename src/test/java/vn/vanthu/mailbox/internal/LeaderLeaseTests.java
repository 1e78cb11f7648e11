package vn.vanthu.mailbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vanthu.support.IntegrationTest;

/** The poller lease: one holder at a time, renewed by it, taken over when it expires or is given up. */
class LeaderLeaseTests extends IntegrationTest {

    @Autowired
    LeaderLease lease;

    @Test
    void letsOneOfManyContendersHoldTheLease() throws Exception {
        String name = "test-" + System.nanoTime();
        ExecutorService nodes = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String node = "node-" + i;
            results.add(nodes.submit((Callable<Boolean>) () -> lease.acquire(name, node, Duration.ofSeconds(20))));
        }
        int holders = 0;
        for (Future<Boolean> result : results) {
            holders += result.get() ? 1 : 0;
        }
        nodes.shutdown();
        assertThat(holders).isEqualTo(1);
    }

    @Test
    void renewsForItsHolderAndPassesOnWhenExpiredOrReleased() {
        String name = "test-" + System.nanoTime();
        assertThat(lease.acquire(name, "a", Duration.ofSeconds(20))).isTrue();
        assertThat(lease.acquire(name, "b", Duration.ofSeconds(20))).isFalse();
        assertThat(lease.acquire(name, "a", Duration.ofSeconds(20))).isTrue();
        clock.advance(Duration.ofSeconds(21));
        assertThat(lease.acquire(name, "b", Duration.ofSeconds(20))).isTrue();
        lease.release(name, "b");
        assertThat(lease.held(name)).isFalse();
        assertThat(lease.acquire(name, "a", Duration.ofSeconds(20))).isTrue();
    }
}
