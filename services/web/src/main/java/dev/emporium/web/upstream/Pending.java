package dev.emporium.web.upstream;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A call under way ({@link Parallel}). */
public final class Pending<T> {

    private static final Logger log = LoggerFactory.getLogger(Pending.class);

    private final CompletableFuture<T> future;

    private Pending(CompletableFuture<T> future) {
        this.future = future;
    }

    static <T> Pending<T> of(Supplier<T> call, Executor executor) {
        return new Pending<>(CompletableFuture.supplyAsync(call, executor));
    }

    /** A value known already (nothing to call). */
    public static <T> Pending<T> done(T value) {
        return new Pending<>(CompletableFuture.completedFuture(value));
    }

    /** The result; what the call threw is thrown here (each call is bounded by its service's timeout). */
    public T join() {
        try {
            return future.get();
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamUnavailableException("storefront", "interrupted while waiting", e);
        }
    }

    /** The result, or empty when its service was unavailable: for a part of a page the page can do without. */
    public Optional<T> optional() {
        try {
            return Optional.ofNullable(join());
        } catch (UpstreamUnavailableException e) {
            log.warn("A part of the page is left out: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
