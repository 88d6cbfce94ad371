package dev.emporium.gateway.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security headers put on every response ({@code emporium.gateway.security-headers.*}). The default CSP allows
 * only same-origin resources, plus inline styles and data: images which Swagger UI needs. The Redoc reference page
 * ({@link #API_REFERENCE_PAGE}) gets its own CSP: Redoc runs its search index in a worker it creates from a
 * {@code blob:} URL, which nothing else served by the gateway needs.
 */
@ConfigurationProperties("emporium.gateway.security-headers")
public record SecurityHeadersProperties(
        @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: https:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'") String contentSecurityPolicy,
        @DefaultValue("default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: https:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'") String apiReferenceContentSecurityPolicy,
        @DefaultValue("max-age=31536000; includeSubDomains") String strictTransportSecurity,
        @DefaultValue("camera=(), microphone=(), geolocation=(), payment=(), usb=()")
        String permissionsPolicy,
        // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with a page's own form posts
        // (the storefront's sign-in), which the CORS check must refuse; nothing leaves the site either way
        @DefaultValue("same-origin") String referrerPolicy,
        @DefaultValue("DENY") String frameOptions) {

    /** The page that renders the services' OpenAPI documents with Redoc. */
    public static final String API_REFERENCE_PAGE = "/api-docs.html";

    /** Header name to value, in the order they are written. */
    public Map<String, String> asHeaders() {
        return headers(contentSecurityPolicy);
    }

    /** The same headers with the CSP of the Redoc reference page. */
    public Map<String, String> asApiReferenceHeaders() {
        return headers(apiReferenceContentSecurityPolicy);
    }

    private Map<String, String> headers(String contentSecurityPolicy) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", frameOptions);
        headers.put("Referrer-Policy", referrerPolicy);
        headers.put("Content-Security-Policy", contentSecurityPolicy);
        headers.put("Strict-Transport-Security", strictTransportSecurity);
        headers.put("Permissions-Policy", permissionsPolicy);
        return headers;
    }
}
