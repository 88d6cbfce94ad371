package dev.emporium.platform.api;

/** HTTP headers with a meaning across the platform. */
public final class HeaderNames {

    /** Correlates one request across the gateway, services and logs; echoed on every response. */
    public static final String REQUEST_ID = "X-Request-Id";
    /**
     * The client's address as the gateway decided it (TCP peer, or right-most untrusted hop behind configured
     * proxies). The gateway overwrites whatever a client sent; services believe it only from a trusted proxy.
     */
    public static final String FORWARDED_FOR = "X-Forwarded-For";
    public static final String CART_ID = "X-Cart-Id";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String RETRY_AFTER = "Retry-After";
    public static final String TRACEPARENT = "traceparent";
    /**
     * The id of the end user a service calls an internal endpoint for. Believed only together with a valid service
     * token (the calling service vouches for it); ignored on every other request.
     */
    public static final String ON_BEHALF_OF = "X-On-Behalf-Of";

    private HeaderNames() {
    }
}
