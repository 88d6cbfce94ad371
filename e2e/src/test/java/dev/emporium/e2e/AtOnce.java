package dev.emporium.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Requests sent together: each on its own thread, all released by one gate, so they really race. */
final class AtOnce {

    private AtOnce() {
    }

    /** Runs the calls at the same moment; their results in the calls' order. */
    static <T> List<T> run(List<Callable<T>> calls) throws Exception {
        return staggered(calls, Duration.ZERO);
    }

    /** The same in the background, so the test can do something (kill a service) while the calls run. */
    static <T> CompletableFuture<List<T>> inBackground(List<Callable<T>> calls, Duration gap) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return staggered(calls, gap);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, Thread.ofVirtual()::start);
    }

    /** Starts call {@code i} {@code i × gap} after the gate opens (all at once for a zero gap). */
    static <T> List<T> staggered(List<Callable<T>> calls, Duration gap) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < calls.size(); i++) {
                Callable<T> call = calls.get(i);
                Duration delay = gap.multipliedBy(i);
                results.add(threads.submit(() -> {
                    gate.await();
                    Thread.sleep(delay);
                    return call.call();
                }));
            }
            gate.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get(2, TimeUnit.MINUTES));
            }
            return answers;
        }
    }
}
