package dev.emporium.web.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The signed-in customer's tokens, in their session only (Redis): never in a page, a cookie or a log. */
record SessionTokens(String accessToken, String refreshToken, Instant expiresAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static SessionTokens of(TokenPair pair, Clock clock) {
        return new SessionTokens(pair.accessToken(), pair.refreshToken(), clock.instant().plusSeconds(pair.expiresIn()));
    }

    boolean expiresWithin(Duration margin, Clock clock) {
        return !clock.instant().plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "SessionTokens[expiresAt=" + expiresAt + "]";
    }
}
