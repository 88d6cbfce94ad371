package dev.emporium.gateway.cache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The directives of {@code Cache-Control} header lines (RFC 9111, 5.2): names compared without case, values as tokens
 * or quoted strings, spaces and empty list elements tolerated. Anything else is garbage and {@link #parse} answers
 * nothing, so a header the gateway cannot read never makes an answer cacheable.
 */
final class CacheControl {

    /** Directives whose value is a number of seconds; any other value makes the whole header garbage. */
    private static final Set<String> DELTA_SECONDS = Set.of("max-age", "s-maxage", "min-fresh");
    /** RFC 9111, 1.2.2: a delta over 2^31 is taken as 2^31. */
    private static final long MAX_DELTA = 1L << 31;

    /** Directive name (lower case) to its value, "" when it has none. */
    private final Map<String, String> directives;

    private CacheControl(Map<String, String> directives) {
        this.directives = directives;
    }

    /** The directives of all header lines together; empty when any line is not a directive list. */
    static Optional<CacheControl> parse(List<String> headerLines) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String line : headerLines) {
            if (!new Reader(line).readInto(directives)) {
                return Optional.empty();
            }
        }
        return Optional.of(new CacheControl(directives));
    }

    boolean has(String directive) {
        return directives.containsKey(directive);
    }

    /** The directive's seconds, if it is present (its syntax was checked while parsing). */
    OptionalLong seconds(String directive) {
        String value = directives.get(directive);
        return value == null ? OptionalLong.empty() : OptionalLong.of(delta(value));
    }

    private static long delta(String digits) {
        // digits only (checked while parsing); more than 10 digits is past 2^31 anyway
        return digits.length() > 10 ? MAX_DELTA : Math.min(Long.parseLong(digits), MAX_DELTA);
    }

    private static boolean isDigits(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A cursor over one header line. */
    private static final class Reader {

        private final String line;
        private int at;

        Reader(String line) {
            this.line = line;
        }

        boolean readInto(Map<String, String> directives) {
            while (true) {
                skipSpaces();
                while (at < line.length() && line.charAt(at) == ',') {
                    at++;
                    skipSpaces();
                }
                if (at == line.length()) {
                    return true;
                }
                String name = token();
                if (name == null) {
                    return false;
                }
                name = name.toLowerCase(Locale.ROOT);
                String value = "";
                skipSpaces();
                if (at < line.length() && line.charAt(at) == '=') {
                    at++;
                    skipSpaces();
                    value = at < line.length() && line.charAt(at) == '"' ? quoted() : token();
                    if (value == null) {
                        return false;
                    }
                    skipSpaces();
                }
                if (at < line.length() && line.charAt(at) != ',') {
                    return false;
                }
                if (DELTA_SECONDS.contains(name) && !isDigits(value)) {
                    return false;
                }
                // the same directive twice with different values: which one the service meant is anyone's guess
                String earlier = directives.putIfAbsent(name, value);
                if (earlier != null && !earlier.equals(value)) {
                    return false;
                }
            }
        }

        private void skipSpaces() {
            while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
                at++;
            }
        }

        private String token() {
            int start = at;
            while (at < line.length() && isTokenChar(line.charAt(at))) {
                at++;
            }
            return at == start ? null : line.substring(start, at);
        }

        private String quoted() {
            StringBuilder value = new StringBuilder();
            at++;
            while (at < line.length()) {
                char c = line.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\') {
                    if (at == line.length()) {
                        return null;
                    }
                    c = line.charAt(at++);
                }
                value.append(c);
            }
            return null;
        }

        private static boolean isTokenChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
        }
    }
}
