package dev.emporium.platform.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Syntax checks of a request that the gateway and every service make the same way, before any framework parses
 * the request and fails on it in its own fashion (a 500, an empty 400, an HTML page).
 */
public final class RequestSyntax {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "(" + TOKEN + ")/(" + TOKEN + ")((?:[ \\t]*;[ \\t]*" + TOKEN + "=(?:" + TOKEN + "|\"[^\"\\\\]*\"))*)[ \\t]*;?[ \\t]*");
    private static final Pattern CHARSET = Pattern.compile("(?i);[ \\t]*charset=\"?([^\";]+)\"?");
    private static final Pattern ORIGIN = Pattern.compile(
            "(?i)(https?)://(\\[[0-9a-f:.]+]|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)(?::([0-9]{1,5}))?");

    private RequestSyntax() {
    }

    /**
     * A {@code Content-Type} that names one concrete media type: {@code type/subtype} without wildcards, with
     * well-formed parameters and, if it names one, a charset this JVM knows. {@code *}{@code /*}, {@code application/*},
     * {@code text/} and {@code garbage} are not.
     */
    public static boolean isConcreteMediaType(String contentType) {
        if (contentType == null) {
            return false;
        }
        var matcher = MEDIA_TYPE.matcher(contentType.strip());
        if (!matcher.matches() || matcher.group(1).contains("*") || matcher.group(2).startsWith("*")) {
            return false;
        }
        var charset = CHARSET.matcher(matcher.group(3));
        if (charset.find()) {
            try {
                return Charset.isSupported(charset.group(1).strip());
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * A raw query string (or path) whose percent escapes are all {@code %XX} and decode, with everything else, to
     * valid UTF-8. {@code null} (no query) is well-formed.
     */
    public static boolean isWellFormedEncoding(String raw) {
        if (raw == null) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.put((byte) Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * An {@code Origin} as browsers send it for http(s) pages: {@code scheme://host[:port]}, nothing more. The opaque
     * origin {@code null} (sandboxed frames, files, some redirects) is not one: it cannot be told apart from any
     * other opaque origin, so it is never allowed.
     */
    public static boolean isValidOrigin(String origin) {
        if (origin == null) {
            return false;
        }
        var matcher = ORIGIN.matcher(origin);
        if (!matcher.matches()) {
            return false;
        }
        String port = matcher.group(3);
        return port == null || (Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65_535);
    }
}
