package dev.emporium.web.upstream;

import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * A service's answer below 500: its status, headers and JSON body (a missing node when it had none or it was not
 * JSON). A 4xx body is a problem: {@link #code()} is its {@code code}.
 */
public record Answer(int status, HttpHeaders headers, JsonNode body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The problem's {@code code}, or an empty string. */
    public String code() {
        return body.path("code").asString("");
    }

    /** The body as a record; fails (as an unreadable answer) when it does not fit. */
    public <T> T as(Class<T> type) {
        return ApiJson.read(body, type);
    }

    /** A part of a body (an element of a list, a problem's member) as a record. */
    public static <T> T read(JsonNode node, Class<T> type) {
        return ApiJson.read(node, type);
    }

    /**
     * The body of a 2xx as a record; any other status is an unexpected answer, which the page treats like a
     * service that could not answer.
     */
    public <T> T expect(String service, Class<T> type) {
        if (!ok()) {
            throw new UpstreamUnavailableException(service, "unexpected answer " + status + " " + code(), null);
        }
        return as(type);
    }
}
