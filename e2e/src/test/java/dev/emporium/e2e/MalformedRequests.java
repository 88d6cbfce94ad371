package dev.emporium.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded generator of requests that are wrong in one definite way, so every one of them must be refused with a
 * 4xx: broken encodings, URIs and request lines, oversize URIs and headers, wildcard or garbage content types,
 * invalid origins, bodies of the wrong shape, truncated, deeply nested or not UTF-8, odd methods and odd headers.
 */
final class MalformedRequests {

    /** A public route of API.md that exists today; {@code body} is a string field of its JSON body, if it has one. */
    record Route(String method, String path, Caller caller, String bodyField) {
        boolean takesBody() {
            return bodyField != null;
        }
    }

    enum Caller { ANONYMOUS, CUSTOMER, ADMIN }

    /**
     * One request: its request line and headers (each ending in CRLF, without the blank line), its body, and what
     * was wrong with it, for the failure report.
     */
    record Request(String description, String head, byte[] body, Caller caller) {
    }

    static final List<Route> ROUTES = List.of(
            new Route("POST", "/api/v1/auth/register", Caller.ANONYMOUS, "email"),
            new Route("POST", "/api/v1/auth/login", Caller.ANONYMOUS, "email"),
            new Route("POST", "/api/v1/auth/refresh", Caller.ANONYMOUS, "refreshToken"),
            new Route("GET", "/api/v1/products", Caller.ANONYMOUS, null),
            new Route("GET", "/api/v1/products/linen-shirt", Caller.ANONYMOUS, null),
            new Route("GET", "/api/v1/products/linen-shirt/images/1", Caller.ANONYMOUS, null),
            new Route("GET", "/api/v1/categories", Caller.ANONYMOUS, null),
            new Route("GET", "/api/v1/search", Caller.ANONYMOUS, null),
            new Route("GET", "/api/v1/search/suggest", Caller.ANONYMOUS, null),
            new Route("GET", "/.well-known/jwks.json", Caller.ANONYMOUS, null),
            new Route("GET", "/api/v1/users/me", Caller.CUSTOMER, null),
            new Route("PATCH", "/api/v1/users/me", Caller.CUSTOMER, "name"),
            new Route("GET", "/api/v1/users/me/addresses", Caller.CUSTOMER, null),
            new Route("POST", "/api/v1/users/me/addresses", Caller.CUSTOMER, "fullName"),
            new Route("PUT", "/api/v1/users/me/addresses/" + UUID.randomUUID(), Caller.CUSTOMER, "fullName"),
            new Route("DELETE", "/api/v1/users/me/addresses/" + UUID.randomUUID(), Caller.CUSTOMER, null),
            new Route("GET", "/api/v1/admin/users", Caller.ADMIN, null),
            new Route("GET", "/api/v1/admin/signing-keys", Caller.ADMIN, null),
            new Route("GET", "/api/v1/admin/products", Caller.ADMIN, null),
            new Route("POST", "/api/v1/admin/products", Caller.ADMIN, "name"),
            new Route("PUT", "/api/v1/admin/products/" + UUID.randomUUID(), Caller.ADMIN, "name"),
            new Route("PATCH", "/api/v1/admin/products/" + UUID.randomUUID(), Caller.ADMIN, "name"),
            new Route("DELETE", "/api/v1/admin/products/" + UUID.randomUUID(), Caller.ADMIN, null),
            new Route("POST", "/api/v1/admin/categories", Caller.ADMIN, "name"),
            new Route("PUT", "/api/v1/admin/categories/" + UUID.randomUUID(), Caller.ADMIN, "name"),
            new Route("DELETE", "/api/v1/admin/categories/" + UUID.randomUUID(), Caller.ADMIN, null));

    private static final List<String> BAD_ESCAPES = List.of("%zz", "%C0%AF", "%FF", "%E2%82", "%", "%G1", "%ED%A0%80",
            "%F8%88%80%80%80", "%c3%28", "%2");
    private static final List<String> BAD_URI_CHARACTERS = List.of("|", "\"", "<", ">", "\\", "^", "`", "{", "}");
    private static final List<String> BAD_CONTENT_TYPES = List.of("*/*", "application/*", "garbage", "text/", "/json",
            "application/json; charset=no-such-charset", "application/*+json", "*/json", "application/json;;=");
    private static final List<String> BAD_ORIGINS = List.of("null", "http://", "foo", "http://a b", "javascript:alert(1)",
            "http://localhost:8080/path", "http://localhost:99999", "ftp://localhost", "https://user@localhost",
            "http://[::1", "http://exa_mple.com");
    private static final List<String> BAD_METHODS = List.of("G\u0001T", "GE(T", "P@ST", "GET\u0000");
    private static final List<String> ODD_METHODS = List.of("FOO", "PROPFIND", "TRACE", "CONNECTX", "BREW");
    private static final List<String> BAD_HEADERS = List.of("Content-Length: -1", "Content-Length: abc",
            "Content-Length: 1, 2", "X Bad Name: 1", "X-Bad\u0001: 1");

    private final Random random;
    private final int kinds = 15;

    MalformedRequests(long seed) {
        this.random = new Random(seed);
    }

    Request next() {
        Route route = pick(ROUTES);
        int kind = random.nextInt(kinds);
        String path = route.path();
        String method = route.method();
        String headers = "";
        byte[] body = null;
        String what;
        switch (kind) {
            case 0 -> {
                String escape = pick(BAD_ESCAPES);
                path += (random.nextBoolean() ? "?q=" : "?page=1&category=") + "x" + escape;
                what = "query with " + escape;
            }
            case 1 -> {
                String escape = pick(BAD_ESCAPES);
                path += "/" + escape + "x";
                what = "path with " + escape;
            }
            case 2 -> {
                String bad = pick(BAD_URI_CHARACTERS);
                path += random.nextBoolean() ? "/a" + bad + "b" : "?q=a" + bad;
                what = "URI with " + bad;
            }
            case 3 -> {
                path += "?q=" + "a".repeat(5_000 + random.nextInt(20_000));
                what = "overlong URI";
            }
            case 4 -> {
                headers += "X-Padding: " + "h".repeat(9_000 + random.nextInt(20_000)) + "\r\n";
                what = "oversize header";
            }
            case 5 -> {
                method = pick(BAD_METHODS);
                what = "invalid method token";
            }
            case 6 -> {
                String type = pick(BAD_CONTENT_TYPES);
                headers += "Content-Type: " + type + "\r\n";
                body = "{}".getBytes(StandardCharsets.UTF_8);
                what = "Content-Type " + type;
            }
            case 7 -> {
                String origin = pick(BAD_ORIGINS);
                headers += "Origin: " + origin + "\r\n";
                what = "Origin " + origin;
            }
            case 8 -> {
                String header = pick(BAD_HEADERS);
                headers += header + "\r\n";
                what = "header " + header;
            }
            case 9 -> {
                method = pick(ODD_METHODS);
                what = "method " + method;
            }
            case 10 -> {
                path += pick(List.of("/../../actuator/env", "/%2e%2e/%2e%2e/actuator", "/..%2f..%2factuator", "/%00",
                        "/a%00b", "/;jsessionid=1", "/%5c..%5c"));
                what = "traversal or null in path";
            }
            default -> {
                // Body mutations: routes without a body get an unknown path below them instead (404).
                if (!route.takesBody()) {
                    path += "/" + unicodeSegment();
                    what = "unknown path below a route";
                } else {
                    body = badBody(route.bodyField(), kind);
                    headers += "Content-Type: " + (kind == 14 ? pick(List.of("text/plain", "application/xml",
                            "application/x-www-form-urlencoded")) : "application/json") + "\r\n";
                    what = kind == 14 ? "wrong Content-Type for a JSON body" : "bad JSON body (" + kind + ")";
                }
            }
        }
        return new Request(method + " " + route.path() + ": " + what, head(method, path, headers, body), body,
                route.caller());
    }

    private byte[] badBody(String field, int kind) {
        return switch (kind) {
            case 11 -> pick(List.of("{\"" + field + "\": \"x\"", "{\"" + field, "{", "[", "{\"" + field + "\": tru",
                    "", "nul")).getBytes(StandardCharsets.UTF_8);
            case 12 -> pick(List.of("{\"" + field + "\": {\"x\": [1]}}", "{\"" + field + "\": [\"a\"]}",
                    "{\"" + field + "\": 1" + "9".repeat(2_000) + "}", "{\"" + field + "\": 1e999999}", "[]", "\"text\"",
                    "42", "null", "true")).getBytes(StandardCharsets.UTF_8);
            case 13 -> random.nextBoolean() ? ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8)
                    : notUtf8(field);
            default -> ("{\"" + field + "\": 1}").getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] notUtf8(String field) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("{\"" + field + "\": \"").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] { (byte) 0xC0, (byte) 0xAF, (byte) 0xFF, (byte) 0xFE });
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private String unicodeSegment() {
        return pick(List.of("%E2%98%83", "%F0%9F%92%A9", "caf%C3%A9", "%EF%BF%BF", "x".repeat(300)))
                + "/" + UUID.randomUUID();
    }

    private static String head(String method, String path, String headers, byte[] body) {
        String head = method + " " + path + " HTTP/1.1\r\n" + headers;
        if (body != null && !headers.contains("Content-Length")) {
            head += "Content-Length: " + body.length + "\r\n";
        }
        if (body != null && !headers.contains("Content-Type")) {
            head += "Content-Type: application/json\r\n";
        }
        return head;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
