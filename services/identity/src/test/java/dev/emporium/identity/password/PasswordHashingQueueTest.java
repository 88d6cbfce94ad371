package dev.emporium.identity.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emporium.identity.IdentityProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A hash that cannot get a thread within the configured wait is refused with 429 and never checked, so a burst on a
 * slow machine is answered in bounded time instead of leaving clients to time out.
 */
class PasswordHashingQueueTest {

    private final CountDownLatch slowHashMayFinish = new CountDownLatch(1);
    private final AtomicInteger checked = new AtomicInteger();
    private final PasswordHashing hashing = new PasswordHashing(new BlockingEncoder(),
            new IdentityProperties(null, null, null, null, null, null,
                    new IdentityProperties.PasswordHashing(1, 64, Duration.ofMillis(200)), null));

    @AfterEach
    void stop() {
        slowHashMayFinish.countDown();
        hashing.destroy();
    }

    @Test
    void refusesEveryHashStillWaitingForAThreadAfterTheMaximumWait() throws Exception {
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Boolean> slow = callers.submit(() -> hashing.matches("slow", "hash"));
            while (checked.get() == 0) {
                Thread.onSpinWait();
            }
            List<Future<Boolean>> waiting = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                waiting.add(callers.submit(() -> hashing.matches("quick", "hash")));
            }

            for (Future<Boolean> caller : waiting) {
                assertThatThrownBy(caller::get).isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOf(PasswordHashing.Busy.class);
            }
            slowHashMayFinish.countDown();
            assertThat(slow.get()).isTrue();
        }
        assertThat(checked).as("only the slow hash was checked").hasValue(1);
        assertThat(hashing.matches("quick", "hash")).as("a thread is free again").isTrue();
    }

    @Test
    void answers429WithRetryAfterWhenItRefuses() {
        Thread.ofVirtual().start(() -> hashing.matches("slow", "hash"));
        while (checked.get() == 0) {
            Thread.onSpinWait();
        }

        assertThatThrownBy(() -> hashing.encode("quick"))
                .isInstanceOfSatisfying(PasswordHashing.Busy.class, busy -> {
                    assertThat(busy.status().value()).isEqualTo(429);
                    assertThat(busy.headers()).containsEntry("Retry-After", "1");
                });
    }

    /** Counts the checks that ran; the password "slow" holds its thread until the test lets it finish. */
    private final class BlockingEncoder implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            matches(raw, "hash");
            return "hash";
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checked.incrementAndGet();
            if ("slow".contentEquals(raw)) {
                try {
                    slowHashMayFinish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return true;
        }
    }
}
