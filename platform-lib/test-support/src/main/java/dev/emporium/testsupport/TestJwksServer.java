package dev.emporium.testsupport;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A real HTTP JWKS endpoint whose keys a test can change, counting how often it is fetched. */
public final class TestJwksServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<byte[]> body = new AtomicReference<>();
    private final AtomicInteger fetches = new AtomicInteger();

    public TestJwksServer(JWK... keys) {
        publish(keys);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/jwks.json", exchange -> {
            fetches.incrementAndGet();
            byte[] json = body.get();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, json.length);
            exchange.getResponseBody().write(json);
            exchange.close();
        });
        server.start();
    }

    /** Replaces the published keys (public parts only). */
    public void publish(JWK... keys) {
        List<JWK> published = java.util.Arrays.stream(keys).map(JWK::toPublicJWK).toList();
        body.set(new JWKSet(published).toString().getBytes(StandardCharsets.UTF_8));
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json");
    }

    /** How many times the key set was requested so far. */
    public int fetches() {
        return fetches.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
