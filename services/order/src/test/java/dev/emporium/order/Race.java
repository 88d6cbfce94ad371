package dev.emporium.order;

import dev.emporium.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs requests at once (released together by a latch) and returns their responses in order. */
public final class Race {

    private Race() {
    }

    public static List<TestHttp.Response> run(int racers, IntFunction<TestHttp.Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            List<Future<TestHttp.Response>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int racer = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return request.apply(racer);
                }));
            }
            start.countDown();
            List<TestHttp.Response> responses = new ArrayList<>();
            for (Future<TestHttp.Response> result : results) {
                responses.add(result.get());
            }
            return responses;
        }
    }
}
