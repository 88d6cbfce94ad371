package dev.emporium.gateway.cache;

import java.util.List;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;

/**
 * Whether a client's conditional GET is answered by a 304 (RFC 9110, 13.1.2 and 13.1.3): {@code If-None-Match}
 * compares entity tags weakly and, when present, decides alone; otherwise {@code If-Modified-Since} is compared with
 * {@code Last-Modified}. An unreadable validator matches nothing, so the client gets the full answer.
 */
final class Conditionals {

    private Conditionals() {
    }

    /** Whether {@code request}'s validators say the client already holds the representation {@code answer} describes. */
    static boolean notModified(HttpHeaders request, HttpHeaders answer) {
        List<String> ifNoneMatch = request.get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return matchesAny(ETag.parse(String.join(",", ifNoneMatch)), answer.getETag());
        }
        long since = request.getIfModifiedSince();
        long lastModified = answer.getLastModified();
        return since >= 0 && lastModified >= 0 && lastModified <= since;
    }

    private static boolean matchesAny(List<ETag> candidates, String current) {
        ETag currentTag = current == null ? null : ETag.create(current);
        return candidates.stream().anyMatch(candidate -> candidate.isWildcard()
                || currentTag != null && candidate.compare(currentTag, false));
    }
}
