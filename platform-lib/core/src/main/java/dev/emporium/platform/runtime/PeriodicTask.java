package dev.emporium.platform.runtime;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Background work at a fixed delay on its own daemon thread, started and stopped with the application context (so
 * auto-configurations need no {@code @EnableScheduling} in the service). A failed run is logged and tried again at
 * the next interval.
 */
public final class PeriodicTask implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration initialDelay;
    private final Duration interval;
    private final Runnable work;
    private ScheduledExecutorService scheduler;

    public PeriodicTask(String name, Duration initialDelay, Duration interval, Runnable work) {
        this.name = name;
        this.initialDelay = initialDelay;
        this.interval = interval;
        this.work = work;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
        scheduler.scheduleWithFixedDelay(this::runSafely, initialDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("{} failed; trying again in {}: {}", name, interval, e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
