package dev.emporium.web.upstream;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A service the page needs did not answer, answered 5xx, or its circuit is open. A page that can do without that
 * part shows it as unavailable; one that cannot (the product of a product page) answers 503 with a page saying so.
 */
public class UpstreamUnavailableException extends RuntimeException {

    private final String service;
    private final transient @Nullable Answer answer;

    public UpstreamUnavailableException(String service, String reason, @Nullable Throwable cause) {
        this(service, reason, cause, null);
    }

    public UpstreamUnavailableException(String service, String reason, @Nullable Throwable cause, @Nullable Answer answer) {
        super(service + " is unavailable: " + reason, cause);
        this.service = service;
        this.answer = answer;
    }

    /**
     * The service's own 5xx answer, when it gave one (its problem says what happened: checkout's 503 means nothing
     * was charged); empty when it did not answer at all (timeout, refused connection, open circuit).
     */
    public Optional<Answer> answer() {
        return Optional.ofNullable(answer);
    }

    public String service() {
        return service;
    }
}
