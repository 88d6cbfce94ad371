package dev.emporium.web.upstream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the services' JSON leniently: the storefront takes what it shows and ignores fields it does not know, so a
 * service may add fields (API.md: "extra fields are welcome") without breaking a page. Its own mapper, not the
 * application's, which platform-core makes strict for requests.
 */
public final class ApiJson {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ApiJson() {
    }

    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return JSON.missingNode();
        }
    }

    static <T> T read(JsonNode node, Class<T> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new UpstreamUnavailableException(type.getSimpleName(), "an answer the storefront cannot read: "
                    + e.getMessage(), e);
        }
    }

    /** Serializes for a page (JSON-LD). */
    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }
}
