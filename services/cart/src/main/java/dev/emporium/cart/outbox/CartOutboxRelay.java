package dev.emporium.cart.outbox;

import dev.emporium.cart.CartProperties;
import dev.emporium.platform.events.RelayLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.stereotype.Component;

/**
 * Relays the cart's outbox (a Redis stream the commit script appends to) to Kafka in stream order, deleting each
 * entry only after Kafka acknowledged it: at least once, nothing lost on a crash (an entry sent but not yet deleted
 * is sent again with the same {@code ce_id}, which consumers deduplicate). It runs after each change and on a fixed
 * poll ({@link RelayLoop}), so entries written while Kafka was down go out when it is back. One replica relays at a
 * time: a lease in Redis, renewed before every batch, so the stream's order (each cart's order) reaches the topic
 * unchanged.
 */
@Component
public class CartOutboxRelay extends RelayLoop {

    private static final Logger log = LoggerFactory.getLogger(CartOutboxRelay.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
    private static final RedisScript<Long> LEASE = RedisScript.of(new ClassPathResource("redis/relay-lease.lua"), Long.class);

    private final StringRedisTemplate redis;
    private final KafkaOperations<String, byte[]> kafka;
    private final CartOutbox outbox;
    private final CartProperties properties;
    private final String stream;
    private final String leaseKey;
    private final String instance = UUID.randomUUID().toString();

    public CartOutboxRelay(StringRedisTemplate redis, KafkaOperations<String, byte[]> kafka, CartOutbox outbox, CartProperties properties) {
        super("cart-outbox-relay", properties.outboxPollInterval(), properties.outboxBatchSize());
        this.redis = redis;
        this.kafka = kafka;
        this.outbox = outbox;
        this.properties = properties;
        this.stream = properties.keyPrefix() + "outbox";
        this.leaseKey = properties.keyPrefix() + "outbox-relay";
    }

    /** Entries not yet acknowledged by Kafka. */
    public long backlog() {
        Long size = redis.opsForStream().size(stream);
        return size == null ? 0 : size;
    }

    /** One batch, if this replica holds the lease (asked before every batch, which renews it). */
    @Override
    protected int relayBatch() {
        if (!holdsLease()) {
            return 0;
        }
        List<MapRecord<String, Object, Object>> entries = redis.opsForStream().range(stream, Range.unbounded(),
                Limit.limit().count(properties.outboxBatchSize()));
        if (entries == null || entries.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (MapRecord<String, Object, Object> entry : entries) {
            try {
                sends.add(kafka.send(outbox.read(String.valueOf(entry.getValue().get("event"))).toRecord()));
            } catch (RuntimeException e) {
                sends.add(CompletableFuture.failedFuture(e));
                break;
            }
        }
        List<RecordId> acknowledged = new ArrayList<>();
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(entries.get(i).getId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                // this entry and the ones behind it stay in the stream and are sent again, in order
                log.warn("Kafka did not take cart event {} yet; it stays in the outbox: {}", entries.get(i).getId(), e.toString());
                break;
            }
        }
        if (!acknowledged.isEmpty()) {
            redis.opsForStream().delete(stream, acknowledged.toArray(RecordId[]::new));
        }
        return acknowledged.size();
    }

    private boolean holdsLease() {
        Long held = redis.execute(LEASE, List.of(leaseKey), instance, Long.toString(properties.relayLease().toMillis()));
        return held != null && held == 1L;
    }

    /** Lets a round in progress finish, then hands the lease back so another replica takes over at once. */
    @Override
    public void stop() {
        boolean wasRunning = isRunning();
        super.stop();
        if (wasRunning) {
            releaseLease();
        }
    }

    private void releaseLease() {
        try {
            redis.execute(RedisScript.of("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0",
                    Long.class), List.of(leaseKey), instance);
        } catch (RuntimeException e) {
            log.debug("Lease not released (it expires on its own): {}", e.toString());
        }
    }
}
