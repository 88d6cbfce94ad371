package dev.emporium.web.upstream;

import org.jspecify.annotations.Nullable;

/**
 * A service the page needs did not answer, answered 5xx, or its circuit is open. A page that can do without that
 * part shows it as unavailable; one that cannot (the product of a product page) answers 503 with a page saying so.
 */
public class UpstreamUnavailableException extends RuntimeException {

    private final String service;

    public UpstreamUnavailableException(String service, String reason, @Nullable Throwable cause) {
        super(service + " is unavailable: " + reason, cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
