package dev.emporium.testsupport;

import java.net.URI;
import java.util.UUID;

/**
 * The real Redis server ({@code EMPORIUM_TEST_REDIS_URL}, default {@code redis://127.0.0.1:6379}). Redis is shared,
 * so every test context gets its own key prefix and must keep its keys under it.
 */
public final class TestRedis {

    private static final URI SERVER = URI.create(System.getenv().getOrDefault("EMPORIUM_TEST_REDIS_URL", "redis://127.0.0.1:6379"));

    private TestRedis() {
    }

    public static String host() {
        return SERVER.getHost();
    }

    public static int port() {
        return SERVER.getPort() < 0 ? 6379 : SERVER.getPort();
    }

    public static String uniqueKeyPrefix() {
        return "test-" + UUID.randomUUID() + ":";
    }
}
