package dev.emporium.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.Executors;

/**
 * Identity's token endpoint as a service under test meets it when it calls another service: {@code POST
 * /oauth2/token} with the client-credentials grant and HTTP Basic answers a service token of {@link TestJwts} for
 * the client id, with the scopes asked for. Point {@code emporium.service-client.token-uri} at {@link #uri()}, set
 * any {@code client-id} and {@code client-secret}, and {@code scopes} to what the test grants; the service called
 * checks the token against the test JWKS as in production. Secrets are not checked: this stands for identity, whose
 * own tests prove it refuses wrong ones.
 */
public final class TestTokenEndpoint {

    private static final TestTokenEndpoint INSTANCE = new TestTokenEndpoint();
    private static final long LIFETIME_SECONDS = 900;

    private final URI uri;

    private TestTokenEndpoint() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/oauth2/token", TestTokenEndpoint::answer);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestTokenEndpoint get() {
        return INSTANCE;
    }

    /** Set as {@code emporium.service-client.token-uri}. */
    public URI uri() {
        return uri;
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String clientId = clientId(exchange.getRequestHeaders().getFirst("Authorization"));
            if (!"POST".equals(exchange.getRequestMethod()) || clientId == null || !form.contains("grant_type=client_credentials")) {
                send(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            String token = TestJwts.get().service(clientId, parameter(form, "scope").split(" "));
            send(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + LIFETIME_SECONDS + "}");
        }
    }

    private static String clientId(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        return colon <= 0 ? null : URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8);
    }

    private static String parameter(String form, String name) {
        for (String pair : form.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
