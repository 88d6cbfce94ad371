package dev.emporium.launcher.infra.redis;

import dev.emporium.launcher.LauncherException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Where Redis listens, its password if it has one, and whether the launcher runs it itself. */
public record RedisEndpoint(String host, int port, Optional<String> password, boolean embedded) {

    public static RedisEndpoint embedded(int port, String password) {
        return new RedisEndpoint("127.0.0.1", port, Optional.of(password), true);
    }

    /** Parses {@code redis://[[user]:password@]host[:port]}; the port defaults to 6379. */
    public static RedisEndpoint parse(String url) {
        try {
            URI uri = new URI(url);
            if (!"redis".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new LauncherException("Not a Redis URL: " + url + " (expected e.g. redis://127.0.0.1:6379)");
            }
            Optional<String> password = Optional.ofNullable(uri.getUserInfo())
                    .map(info -> info.contains(":") ? info.substring(info.indexOf(':') + 1) : info)
                    .filter(secret -> !secret.isEmpty());
            return new RedisEndpoint(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort(), password, false);
        } catch (URISyntaxException e) {
            throw new LauncherException("Not a Redis URL: " + url + " (" + e.getMessage() + ")", e);
        }
    }

    public String url() {
        return "redis://" + host + ":" + port;
    }
}
