package dev.emporium.platform.api;

import java.util.Locale;

/**
 * The {@code WWW-Authenticate} values the platform sends (RFC 6750), worded once. Spring's defaults copy exception
 * messages into {@code error_description}: validator messages ("Jwt expired at ...") and the JWKS address.
 */
public final class BearerChallenges {

    public static final String MISSING_TOKEN = "Bearer";
    public static final String INVALID_TOKEN =
            "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\"";
    public static final String INSUFFICIENT_SCOPE =
            "Bearer error=\"insufficient_scope\", error_description=\"The access token does not allow this\"";

    private BearerChallenges() {
    }

    /** Our own wording for a challenge someone else wrote, keeping only its error code. */
    public static String reworded(String challenge) {
        String lower = challenge == null ? "" : challenge.toLowerCase(Locale.ROOT);
        if (lower.contains("invalid_token") || lower.contains("invalid_request")) {
            return INVALID_TOKEN;
        }
        if (lower.contains("insufficient_scope")) {
            return INSUFFICIENT_SCOPE;
        }
        return MISSING_TOKEN;
    }
}
