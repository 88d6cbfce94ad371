package dev.emporium.platform.api;

import java.util.regex.Pattern;

/**
 * Keeps internals out of what a client reads: a message that came from a library (Jackson, Spring, the JDK) may
 * name our classes and packages ({@code dev.emporium.catalog.product.ProductRequest}, {@code java.lang.Integer});
 * those names say nothing to a client and a lot to an attacker.
 */
public final class PublicText {

    /** A qualified class name ({@code java.lang.Integer}) or any name under a package we or our libraries use. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("`?\\b(?:"
            + "(?:[a-z_][A-Za-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*"
            + "|(?:dev\\.emporium|tools\\.jackson|com\\.fasterxml|org\\.springframework|org\\.apache|io\\.netty|reactor\\.|java\\.|javax\\.|jakarta\\.|sun\\.)[A-Za-z0-9_.$]*"
            + ")(?:\\$[A-Za-z0-9_$]+)*(?:\\[])*`?");
    private static final Pattern INTERNAL_URL = Pattern.compile("(?i)\\bhttps?://(?:127\\.|localhost|\\[?::1)[^\\s\"']*");

    private PublicText() {
    }

    /** {@code message} with qualified class names replaced by "value" and loopback URLs removed. */
    public static String withoutInternals(String message) {
        if (message == null) {
            return null;
        }
        String cleaned = QUALIFIED_NAME.matcher(message).replaceAll("value");
        return INTERNAL_URL.matcher(cleaned).replaceAll("(internal address)");
    }
}
