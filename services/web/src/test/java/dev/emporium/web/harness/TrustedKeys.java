package dev.emporium.web.harness;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JWKS endpoint serving the keys of several: identity's real signing keys (the admin portal calls catalog,
 * inventory, order and payment with the token identity issued the signed-in admin) together with the test JWKS
 * ({@code TestJwts}: the tests' own admin tokens that set up products, and the service tokens of
 * {@code TestTokenEndpoint}). Each fetch reads the sources again, so a key identity adds is served at once.
 */
public final class TrustedKeys {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TrustedKeys(List<String> sources) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/jwks.json", exchange -> {
            byte[] body = merged(sources);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    /** Serves the keys of every JWKS at these addresses. */
    public static TrustedKeys of(String... jwksUris) {
        return new TrustedKeys(List.of(jwksUris));
    }

    /** For {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}. */
    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    private byte[] merged(List<String> sources) throws IOException {
        ObjectNode set = JSON.createObjectNode();
        ArrayNode keys = set.putArray("keys");
        for (String source : sources) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(source)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode read = JSON.readTree(answer.body());
                read.path("keys").forEach(keys::add);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        return JSON.writeValueAsString(set).getBytes(StandardCharsets.UTF_8);
    }
}
