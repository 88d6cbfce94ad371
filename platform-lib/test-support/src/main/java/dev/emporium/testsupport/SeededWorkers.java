package dev.emporium.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a concurrent test's workers: {@code threads} threads released together, each with its own {@link Random}
 * seeded {@code seed + thread}, so a failing run is repeated by its seed. Returns when all are done; the first
 * worker's failure is rethrown.
 */
public final class SeededWorkers {

    /** One thread's work, given that thread's random source. */
    @FunctionalInterface
    public interface Worker {
        void run(Random random) throws Exception;
    }

    private SeededWorkers() {
    }

    public static void run(int threads, long seed, Worker worker) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Random random = new Random(seed + t);
                workers.add(pool.submit(() -> {
                    start.await();
                    worker.run(random);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> running : workers) {
                running.get();
            }
        }
    }
}
