package dev.emporium.gateway.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security headers put on every response ({@code emporium.gateway.security-headers.*}). The default CSP allows
 * only same-origin resources, plus inline styles and data: images which Swagger UI needs.
 */
@ConfigurationProperties("emporium.gateway.security-headers")
public record SecurityHeadersProperties(
        @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: https:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'") String contentSecurityPolicy,
        @DefaultValue("max-age=31536000; includeSubDomains") String strictTransportSecurity,
        @DefaultValue("camera=(), microphone=(), geolocation=(), payment=(), usb=()")
        String permissionsPolicy,
        @DefaultValue("no-referrer") String referrerPolicy,
        @DefaultValue("DENY") String frameOptions) {

    /** Header name to value, in the order they are written. */
    public Map<String, String> asHeaders() {
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
