package dev.emporium.gateway.routing;

import java.net.URI;
import java.util.List;

/** Every service behind the gateway, its default local address and the public paths it owns (see API.md). */
public enum Downstream {

    IDENTITY("identity", 8081, "/api/v1/auth/**", "/.well-known/jwks.json", "/api/v1/users/**",
            "/api/v1/admin/users/**", "/api/v1/admin/signing-keys/**"),
    CATALOG("catalog", 8082, "/api/v1/products/**", "/api/v1/categories/**", "/api/v1/admin/products/**",
            "/api/v1/admin/categories/**"),
    SEARCH("search", 8083, "/api/v1/search/**", "/api/v1/admin/search/**"),
    INVENTORY("inventory", 8084, "/api/v1/inventory/**", "/api/v1/admin/inventory/**"),
    CART("cart", 8085, "/api/v1/cart/**"),
    CHECKOUT("checkout", 8086, "/api/v1/checkout/**"),
    ORDER("order", 8087, "/api/v1/orders/**", "/api/v1/admin/orders/**"),
    PAYMENT("payment", 8088, "/api/v1/payments/**", "/api/v1/admin/payments/**"),
    NOTIFICATION("notification", 8089, "/api/v1/admin/notifications/**"),
    RECOMMENDATION("recommendation", 8090, "/api/v1/recommendations/**"),
    ANALYTICS("analytics", 8091, "/api/v1/admin/analytics/**"),
    /** The storefront and admin portal: HTML pages and their assets (API.md, "Web front end"), no API of its own. */
    WEB("web", 8092, Kind.PAGES, "/", "/c/**", "/p/**", "/search", "/search/**", "/cart", "/cart/**", "/checkout",
            "/checkout/**", "/account", "/account/**", "/login", "/register", "/logout", "/admin", "/admin/**",
            "/assets/**");

    /** What a service answers: an API (JSON, problems, an OpenAPI document) or pages for browsers. */
    public enum Kind {
        API, PAGES
    }

    private final String serviceName;
    private final int defaultPort;
    private final Kind kind;
    private final List<String> paths;

    Downstream(String serviceName, int defaultPort, String... paths) {
        this(serviceName, defaultPort, Kind.API, paths);
    }

    Downstream(String serviceName, int defaultPort, Kind kind, String... paths) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
        this.kind = kind;
        this.paths = List.of(paths);
    }

    /**
     * Pages (the storefront) have no OpenAPI document to route, and their error pages reach the browser as the
     * service wrote them: a shopper gets the storefront's 404 page, not a JSON problem.
     */
    public Kind kind() {
        return kind;
    }

    /** The name used in {@code emporium.services.<name>.url}, route ids and {@code /v3/api-docs/<name>}. */
    public String serviceName() {
        return serviceName;
    }

    public URI defaultUrl() {
        return URI.create("http://127.0.0.1:" + defaultPort);
    }

    public List<String> paths() {
        return paths;
    }

    /** Where the gateway serves this service's OpenAPI document for the aggregated Swagger UI. */
    public String apiDocsPath() {
        return "/v3/api-docs/" + serviceName;
    }
}
