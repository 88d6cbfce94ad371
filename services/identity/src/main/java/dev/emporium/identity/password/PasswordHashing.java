package dev.emporium.identity.password;

import dev.emporium.identity.IdentityProperties;
import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.web.ApiException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Runs Argon2 on a small pool of platform threads of its own. Request threads are virtual: CPU-bound hashing on
 * them would occupy the few carrier threads every other request needs, so a burst of logins would stall the whole
 * service. Here the burst queues up (bounded) while the operating system still gives the other requests CPU time.
 * Callers never hold a database connection while they wait.
 */
@Component
public class PasswordHashing implements DisposableBean {

    private final PasswordEncoder encoder;
    private final ThreadPoolExecutor executor;
    private final long maxQueueWaitNanos;

    PasswordHashing(PasswordEncoder encoder, IdentityProperties properties) {
        this.encoder = encoder;
        IdentityProperties.PasswordHashing settings = properties.passwordHashing();
        int threads = settings.threads() > 0 ? settings.threads()
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        this.maxQueueWaitNanos = settings.maxQueueWait().toNanos();
        AtomicInteger counter = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, settings.queueCapacity())),
                task -> Thread.ofPlatform().daemon().name("password-hashing-" + counter.incrementAndGet()).unstarted(task));
    }

    /** @throws Busy when too many hashes are already waiting (nothing was checked) */
    public boolean matches(String raw, String hash) {
        return run(() -> encoder.matches(raw, hash));
    }

    /** @throws Busy when too many hashes are already waiting */
    public String encode(String raw) {
        return run(() -> encoder.encode(raw));
    }

    private <T> T run(Callable<T> task) {
        AtomicBoolean started = new AtomicBoolean();
        Future<T> result;
        try {
            result = executor.submit(() -> {
                started.set(true);
                return task.call();
            });
        } catch (RejectedExecutionException full) {
            throw new Busy();
        }
        try {
            try {
                return result.get(maxQueueWaitNanos, TimeUnit.NANOSECONDS);
            } catch (TimeoutException waitedTooLong) {
                if (!started.get() && result.cancel(false)) {
                    // still queued (or starting this instant): its result is never used, so nothing was checked
                    throw new Busy();
                }
                return result.get(); // already hashing: its answer is moments away
            }
        } catch (CancellationException e) {
            throw new Busy();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while hashing a password", e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** 429: the hashing queue is full, or a hash waited too long for a thread; the client may retry in a second. */
    public static final class Busy extends ApiException {
        Busy() {
            super(HttpStatus.TOO_MANY_REQUESTS, ProblemCodes.RATE_LIMITED, "Too many sign-ins at once; try again in a moment");
            withHeader(HeaderNames.RETRY_AFTER, "1");
        }
    }
}
