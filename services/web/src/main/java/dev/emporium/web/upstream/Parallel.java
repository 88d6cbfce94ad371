package dev.emporium.web.upstream;

import io.micrometer.context.ContextExecutorService;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Fans a page's calls out at once, each on its own virtual thread, so a page costs one round of calls, not one per
 * service. The request's context goes along: the trace (each call is a child span and carries {@code traceparent})
 * and the logging context ({@code requestId}, which {@link Upstream} sends on as {@code X-Request-Id}).
 */
@Component
public class Parallel implements AutoCloseable {

    private final ExecutorService executor;

    public Parallel() {
        ContextRegistry registry = ContextRegistry.getInstance();
        if (registry.getThreadLocalAccessors().stream().noneMatch(Slf4jThreadLocalAccessor.class::isInstance)) {
            registry.registerThreadLocalAccessor(new Slf4jThreadLocalAccessor());
        }
        ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().contextRegistry(registry).build();
        this.executor = ContextExecutorService.wrap(Executors.newVirtualThreadPerTaskExecutor(), snapshots::captureAll);
    }

    /** Starts the call now; read it with {@link Pending#join()} or {@link Pending#optional()}. */
    public <T> Pending<T> start(Supplier<T> call) {
        return Pending.of(call, executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
