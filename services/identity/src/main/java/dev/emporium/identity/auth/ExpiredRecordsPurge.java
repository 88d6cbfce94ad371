package dev.emporium.identity.auth;

import dev.emporium.identity.IdentityProperties;
import dev.emporium.platform.runtime.BatchedDeletes;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the login throttle and the refresh tokens small: expired tokens, spent or revoked ones past their
 * retention, and throttle rows nobody touched for a while are deleted in bounded batches. Every replica runs it;
 * batches skip rows another replica is deleting, so they share the work without waiting or failing.
 */
@Component
class ExpiredRecordsPurge {

    private static final Logger log = LoggerFactory.getLogger(ExpiredRecordsPurge.class);
    static final int BATCH_SIZE = 1000;
    /** At most this many batches per run; the rest waits for the next run, so one run never takes long. */
    private static final int MAX_BATCHES = 100;

    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final IdentityProperties properties;
    private final Clock clock;

    ExpiredRecordsPurge(RefreshTokens refreshTokens, LoginThrottle throttle, IdentityProperties properties, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${emporium.identity.purge-interval:PT1H}")
    public void purge() {
        Instant now = Instant.now(clock);
        Instant closedBefore = now.minus(properties.spentRefreshTokenRetention());
        int tokens = BatchedDeletes.repeat(BATCH_SIZE, MAX_BATCHES, () -> refreshTokens.purge(now, closedBefore, BATCH_SIZE));
        int throttleRows = BatchedDeletes.repeat(BATCH_SIZE, MAX_BATCHES, () -> throttle.purge(BATCH_SIZE));
        if (tokens > 0 || throttleRows > 0) {
            log.info("Purged {} refresh tokens and {} login throttle rows", tokens, throttleRows);
        }
    }
}
