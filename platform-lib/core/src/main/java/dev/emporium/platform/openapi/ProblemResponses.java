package dev.emporium.platform.openapi;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.api.ProblemCodes;
import dev.emporium.platform.api.ProblemTypes;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;

/**
 * Documents the problems of one operation: each status once, as {@code application/problem+json} of the
 * {@code Problem} schema with the possible {@code code}s as an enum, what each means, and one example per code.
 */
final class ProblemResponses {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String SERVER_ERRORS = "5XX";

    private final Map<String, Map<String, String>> byStatus = new TreeMap<>();

    /** Adds a problem; the first explanation of a code wins (an operation's own before the platform's). */
    ProblemResponses add(String status, String code, String when) {
        byStatus.computeIfAbsent(status, s -> new LinkedHashMap<>()).putIfAbsent(code, when);
        return this;
    }

    ProblemResponses add(int status, String code, String when) {
        return add(Integer.toString(status), code, when);
    }

    /**
     * Adds the responses to the operation, each as a reference to a shared response of {@code components} (named
     * after its status and codes) so that the many operations with the same problems share one definition.
     */
    void addTo(Operation operation, Components components) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        byStatus.forEach((status, codes) -> {
            ApiResponse response = response(status, codes);
            String base = status + "-" + String.join("-", codes.keySet());
            String name = base;
            // the same codes explained otherwise (a 401 of a public read) get a name of their own
            for (int variant = 2; components.getResponses() != null && components.getResponses().containsKey(name)
                    && !components.getResponses().get(name).equals(response); variant++) {
                name = base + "-" + variant;
            }
            components.addResponses(name, response);
            operation.getResponses().addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + name));
        });
    }

    private static ApiResponse response(String status, Map<String, String> codes) {
        StringBuilder description = new StringBuilder(reason(status)).append(" (problem details).");
        List<Object> values = new ArrayList<>();
        MediaType media = new MediaType();
        codes.forEach((code, when) -> {
            description.append("\n- `").append(code).append("`: ").append(when);
            values.add(code);
            media.addExamples(code, new Example().summary(when).value(example(status, code, when)));
        });
        Schema<Object> code = Schemas.of("string");
        code.setEnum(values);
        Schema<Object> narrowed = Schemas.of("object");
        narrowed.addProperty("code", code);
        Schema<Object> schema = new Schema<>(io.swagger.v3.oas.models.SpecVersion.V31);
        schema.setAllOf(List.of(Schemas.ref(PlatformOpenApi.PROBLEM_SCHEMA), narrowed));
        media.setSchema(schema);
        ApiResponse response = new ApiResponse().description(description.toString()).content(new Content().addMediaType(MEDIA_TYPE, media))
                .addHeaderObject(HeaderNames.REQUEST_ID, new Header().$ref("#/components/headers/" + HeaderNames.REQUEST_ID));
        if (status.equals("429") || status.equals("503")) {
            response.addHeaderObject(HeaderNames.RETRY_AFTER, new Header().description("Seconds to wait before retrying.")
                    .schema(Schemas.of("integer")));
        }
        return response;
    }

    private static Map<String, Object> example(String status, String code, String when) {
        int statusCode = status.equals(SERVER_ERRORS) ? statusOfServerError(code) : Integer.parseInt(status);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", ProblemTypes.of(code));
        example.put("title", HttpStatus.valueOf(statusCode).getReasonPhrase());
        example.put("status", statusCode);
        example.put("detail", capitalised(when));
        example.put("code", code);
        example.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        if (code.equals(ProblemCodes.VALIDATION_FAILED)) {
            example.put("errors", List.of(Map.of("field", "quantity", "message", "must be between 1 and 99")));
        }
        return example;
    }

    private static int statusOfServerError(String code) {
        return switch (code) {
            case ProblemCodes.BAD_GATEWAY -> 502;
            case ProblemCodes.SERVICE_UNAVAILABLE -> 503;
            case ProblemCodes.GATEWAY_TIMEOUT -> 504;
            default -> 500;
        };
    }

    private static String reason(String status) {
        return status.equals(SERVER_ERRORS) ? "Server or upstream failure" : HttpStatus.valueOf(Integer.parseInt(status)).getReasonPhrase();
    }

    private static String capitalised(String text) {
        String sentence = text.endsWith(".") ? text : text + ".";
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
