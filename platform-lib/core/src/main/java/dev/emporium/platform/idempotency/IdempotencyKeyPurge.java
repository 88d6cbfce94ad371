package dev.emporium.platform.idempotency;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Deletes expired idempotency keys every purge interval, on one background thread. */
class IdempotencyKeyPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private ScheduledExecutorService scheduler;

    IdempotencyKeyPurge(IdempotencyKeys keys, IdempotencyProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("idempotency-key-purge").daemon().factory());
        long interval = properties.purgeInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::purge, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void purge() {
        try {
            int purged = keys.purgeExpired();
            if (purged > 0) {
                log.debug("Purged {} expired idempotency keys", purged);
            }
        } catch (RuntimeException e) {
            log.warn("Purging expired idempotency keys failed; trying again in {}", properties.purgeInterval(), e);
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
