package dev.emporium.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What {@link FakeServices} answer on a path with a segment {@code cache-<kind>}: a service stating, or not, that a
 * shared cache may keep its answer, the way catalog and search state it ({@code public} is their header). The body
 * says which call to this exact path and query it is, who asked (token, cookie, guest cart or nobody) and in which
 * currency and language, so a test sees whose answer it got and whether the service was asked again.
 */
final class CacheableAnswers {

    static final String PUBLIC = "max-age=0, must-revalidate, public, s-maxage=60";
    static final String LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT";
    /** Over the gateway's default largest entry (256 KB). */
    static final int BIG_BYTES = 300 * 1024;

    private CacheableAnswers() {
    }

    static Optional<String> kind(String path) {
        for (String segment : path.split("/")) {
            if (segment.startsWith("cache-")) {
                return Optional.of(segment.substring("cache-".length()));
            }
        }
        return Optional.empty();
    }

    /** The ETag every answer of that kind carries. */
    static String etag(String kind) {
        return "\"" + kind + "-v1\"";
    }

    static void send(HttpExchange exchange, String service, String kind, int call) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        String cacheControl = switch (kind) {
            case "short" -> "max-age=0, must-revalidate, public, s-maxage=1";
            case "zero" -> "public, max-age=60, s-maxage=0";
            case "private" -> "max-age=0, must-revalidate, private";
            case "no-store" -> "no-store";
            case "no-cache" -> "public, no-cache, s-maxage=60";
            case "none" -> null;
            default -> PUBLIC;
        };
        if (cacheControl != null) {
            headers.set("Cache-Control", cacheControl);
        }
        headers.set("ETag", etag(kind));
        headers.set("Last-Modified", LAST_MODIFIED);
        headers.set("Vary", switch (kind) {
            case "vary-star" -> "*";
            case "vary-cookie" -> "Cookie";
            default -> "Accept-Currency, Accept-Language";
        });
        if (kind.equals("cookie")) {
            headers.set("Set-Cookie", "session=from-the-service; Path=/; HttpOnly");
        }
        boolean gone = kind.equals("gone");
        headers.set("Content-Type", gone ? "application/problem+json" : "application/json");
        String body = "{\"service\":\"" + service + "\",\"call\":" + call + ",\"caller\":\"" + caller(exchange)
                + "\",\"currency\":\"" + valueOf(exchange, "Accept-Currency") + "\",\"language\":\""
                + valueOf(exchange, "Accept-Language") + "\""
                + (gone ? ",\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"code\":\"NOT_FOUND\"" : "")
                + (kind.startsWith("big") ? ",\"pad\":\"" + "x".repeat(BIG_BYTES) + "\"" : "")
                + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int status = gone ? 404 : 200;
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        // 0: chunked, the length unknown until the end
        exchange.sendResponseHeaders(status, kind.equals("big-chunked") ? 0 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String caller(HttpExchange exchange) {
        Headers request = exchange.getRequestHeaders();
        if (request.containsKey("Authorization")) {
            return "bearer " + request.getFirst("Authorization").substring("Bearer ".length());
        }
        if (request.containsKey("Cookie")) {
            return "cookie " + request.getFirst("Cookie");
        }
        if (request.containsKey("X-Cart-Id")) {
            return "cart " + request.getFirst("X-Cart-Id");
        }
        return "anonymous";
    }

    private static String valueOf(HttpExchange exchange, String header) {
        String value = exchange.getRequestHeaders().getFirst(header);
        return value == null ? "(none)" : value;
    }
}
