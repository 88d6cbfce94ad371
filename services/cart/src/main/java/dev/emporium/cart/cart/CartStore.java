package dev.emporium.cart.cart;

import dev.emporium.cart.CartProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carts in Redis: a hash per cart with its document ({@code doc}, JSON) and a version ({@code v}) that every write
 * increases. A write is a compare-and-set in one Lua script ({@code cart-commit.lua}): it applies only if each cart
 * still has the version it was read at, and appends the change's events to the outbox stream in the same atomic
 * step, so an event exists if and only if its change does. A write may also set once-keys that must not exist yet
 * (an order checked out), so the change they stand for happens at most once. A concurrent change makes the write fail
 * and the caller reads again and retries ({@link Carts}).
 */
@Component
public class CartStore {

    private static final RedisScript<Long> COMMIT = RedisScript.of(new ClassPathResource("redis/cart-commit.lua"), Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final String prefix;

    public CartStore(StringRedisTemplate redis, JsonMapper json, CartProperties properties) {
        this.redis = redis;
        this.json = json;
        this.prefix = properties.keyPrefix();
    }

    /** A cart as read: its key, its version (0 when absent) and its document (null when absent). */
    public record Loaded(String key, long version, @Nullable Cart cart) {
    }

    /**
     * One cart's part of a write.
     *
     * @param cart the new document, or null to delete the cart
     * @param ttl  how long the cart lives from now on
     */
    public record Write(Loaded read, @Nullable Cart cart, Duration ttl) {
    }

    /** A key that must not exist yet and that the write sets, for {@code ttl}. */
    public record Once(String key, Duration ttl) {
    }

    public String guestKey(String token) {
        return prefix + "g:" + token;
    }

    public String customerKey(UUID customerId) {
        return prefix + "c:" + customerId;
    }

    /** Set when an order's lines were taken out of the customer's cart: a repeated checkout changes nothing. */
    public String checkoutKey(UUID customerId, UUID orderId) {
        return prefix + "checkout:" + customerId + ":" + orderId;
    }

    public String outboxKey() {
        return prefix + "outbox";
    }

    public Loaded load(String key) {
        List<Object> fields = redis.opsForHash().multiGet(key, List.<Object>of("v", "doc"));
        Object version = fields.get(0);
        Object doc = fields.get(1);
        if (version == null || doc == null) {
            return new Loaded(key, version == null ? 0 : Long.parseLong(version.toString()), null);
        }
        return new Loaded(key, Long.parseLong(version.toString()), json.readValue(doc.toString(), Cart.class));
    }

    /** @return false when a cart changed since it was read (nothing was written) */
    public boolean commit(List<Write> writes, List<String> outboxEntries) {
        return commit(writes, List.of(), outboxEntries);
    }

    /** @return false when a cart changed since it was read, or a once-key exists (nothing was written) */
    public boolean commit(List<Write> writes, List<Once> once, List<String> outboxEntries) {
        List<String> keys = new ArrayList<>();
        List<String> args = new ArrayList<>();
        keys.add(outboxKey());
        args.add(Integer.toString(writes.size()));
        args.add(Integer.toString(once.size()));
        for (Write write : writes) {
            keys.add(write.read().key());
            args.add(Long.toString(write.read().version()));
            args.add(write.cart() == null ? "" : json.writeValueAsString(write.cart()));
            args.add(Long.toString(write.ttl().toMillis()));
        }
        for (Once key : once) {
            keys.add(key.key());
            args.add(Long.toString(key.ttl().toMillis()));
        }
        args.addAll(outboxEntries);
        Long applied = redis.execute(COMMIT, keys, args.toArray());
        return applied != null && applied == 1L;
    }

    public boolean exists(String key) {
        return Boolean.TRUE.equals(redis.hasKey(key));
    }

    /** Keeps a cart alive: used carts expire from their last use, reads included. */
    public void touch(String key, Duration ttl) {
        redis.expire(key, ttl);
    }
}
