package dev.emporium.platform.events;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The scheduling of an outbox relay, whatever its outbox is (the platform's table, cart's Redis stream): rounds on one
 * daemon thread, every {@code pollInterval} and as soon as possible after {@link #wakeUp()}, each sending batches
 * while a full one went out. A failed round is logged and the next one tries again, so events written while Kafka
 * was down go out once it is back. One thread, so rounds never overlap and the outbox's order is kept. It stops after
 * the listeners and the web server (a late phase), so their last events still go out.
 *
 * <p>What a batch is (which events, what "sent" means, who may relay) is the subclass's {@link #relayBatch()}: it
 * returns how many events went out, and fewer than {@code batchSize} ends the round.
 */
public abstract class RelayLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RelayLoop.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final String name;
    private final Duration pollInterval;
    private final int batchSize;
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    /** @param name the relay thread's name, also used in log lines */
    protected RelayLoop(String name, Duration pollInterval, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("A relay batch holds at least one event: " + batchSize);
        }
        this.name = name;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
    }

    /** Sends one batch of at most {@code batchSize} events; returns how many went out. */
    protected abstract int relayBatch();

    /** Runs after each round on the relay's thread, also after a failed one (e.g. to refresh metrics). */
    protected void afterRound() {
    }

    /**
     * Asks for a round soon (called after a change wrote events). Wake-ups arriving while one is queued are folded
     * into it; without a running loop this does nothing, and the events wait for the next round.
     */
    public void wakeUp() {
        ScheduledExecutorService current = executor;
        if (current != null && wakeUpQueued.compareAndSet(false, true)) {
            try {
                current.execute(() -> {
                    wakeUpQueued.set(false);
                    relaySafely();
                });
            } catch (RejectedExecutionException e) {
                wakeUpQueued.set(false); // stopping: the events wait in the outbox
            }
        }
    }

    /** Relays batches on the calling thread while full ones go out; returns how many events were sent. */
    public int relayPending() {
        int total = 0;
        int sent;
        do {
            sent = relayBatch();
            total += sent;
        } while (sent == batchSize);
        return total;
    }

    private void relaySafely() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            log.warn("{} round failed, will retry: {}", name, e.toString());
        }
        try {
            afterRound();
        } catch (RuntimeException e) {
            log.debug("{}: work after the round failed: {}", name, e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name(name).daemon().factory());
        wakeUpQueued.set(false);
        started.scheduleWithFixedDelay(this::relaySafely, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
    }

    /** Lets a round in progress finish (up to 10 s), then stops. */
    @Override
    public synchronized void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdown();
            try {
                current.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Stops after the listeners and the web server (default phase or earlier), so their last events still go out. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
