package dev.emporium.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-ins for the Emporium services behind the gateway: tiny JDK HTTP servers, one per service, that record every
 * request and answer with canned JSON. A few paths trigger service behaviours the gateway must cope with:
 * {@code .../slow} answers after the response timeout, {@code .../unhurried} late but within it,
 * {@code .../missing} answers with the service's own 404 problem, {@code .../html-error} with Tomcat's HTML 400
 * page, {@code .../empty-error} with an empty 405 and {@code .../challenge} with a 401 whose challenge tells too
 * much. A path with a segment {@code cache-<kind>} answers with the cache headers of that kind
 * ({@link CacheableAnswers}). Calls are counted per path and query.
 */
final class FakeServices {

    static final Duration SLOW_ANSWER = Duration.ofMillis(2500);
    /** Slow, yet within the gateway's response timeout in these tests (1 s). */
    static final Duration UNHURRIED_ANSWER = Duration.ofMillis(400);

    private final Map<String, HttpServer> servers = new LinkedHashMap<>();
    private final ConcurrentLinkedQueue<Recorded> received = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    FakeServices(List<String> names) {
        names.forEach(this::start);
    }

    String url(String service) {
        return "http://127.0.0.1:" + servers.get(service).getAddress().getPort();
    }

    /** The request that reached a service with exactly this path and query, if any did. */
    Optional<Recorded> receivedAt(String pathAndQuery) {
        return received.stream().filter(request -> request.pathAndQuery().equals(pathAndQuery)).findFirst();
    }

    /** How many requests reached a service with exactly this path and query. */
    int callsTo(String pathAndQuery) {
        AtomicInteger count = calls.get(pathAndQuery);
        return count == null ? 0 : count.get();
    }

    /** A local port nothing listens on: a service that is down. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", exchange -> answer(service, exchange));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            servers.put(service, server);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(String service, HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] content = body.readAllBytes();
            String query = exchange.getRequestURI().getRawQuery();
            String pathAndQuery = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            received.add(new Recorded(service, exchange.getRequestMethod(), pathAndQuery, headers, content.length));
            int call = calls.computeIfAbsent(pathAndQuery, key -> new AtomicInteger()).incrementAndGet();

            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/slow")) {
                sleep(SLOW_ANSWER);
            }
            if (path.endsWith("/unhurried")) {
                sleep(UNHURRIED_ANSWER);
            }
            // Services echo the request id and (wrongly) add their own CORS header: the gateway must not double them.
            String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
            if (requestId != null) {
                exchange.getResponseHeaders().set("X-Request-Id", requestId);
            }
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            Optional<String> cacheKind = CacheableAnswers.kind(path);
            if (cacheKind.isPresent()) {
                CacheableAnswers.send(exchange, service, cacheKind.get(), call);
                return;
            }
            if (path.endsWith("/missing")) {
                send(exchange, 404, "application/problem+json", """
                        {"type":"about:blank","title":"Not Found","status":404,"detail":"No such order",\
                        "code":"ORDER_NOT_FOUND","traceId":"from-the-service"}""");
                return;
            }
            if (path.endsWith("/html-error")) {
                // What Tomcat answers, before any Spring code runs, for a path it cannot decode.
                send(exchange, 400, "text/html;charset=utf-8", "<!doctype html><html><body><h1>HTTP Status 400</h1></body></html>");
                return;
            }
            if (path.endsWith("/empty-error")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (path.endsWith("/challenge")) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\", "
                        + "error_description=\"An error occurred while attempting to decode the Jwt: Couldn't retrieve "
                        + "remote JWK set: http://127.0.0.1:8081/.well-known/jwks.json\", error_uri=\"https://tools.ietf.org\"");
                send(exchange, 401, "application/problem+json", """
                        {"type":"about:blank","title":"Unauthorized","status":401,"detail":"The access token is invalid",\
                        "code":"UNAUTHORIZED","traceId":"from-the-service"}""");
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            send(exchange, 200, "application/json",
                    "{\"service\":\"" + service + "\",\"path\":\"" + path + "\"}");
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One request as a service saw it; header names in lower case. */
    record Recorded(String service, String method, String pathAndQuery, Map<String, List<String>> headers,
            int bodyLength) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }
    }
}
