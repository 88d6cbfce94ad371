package dev.emporium.platform.openapi;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.money.Currencies;
import dev.emporium.platform.web.PageQuery;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The parameters every service shares (paging, currency, idempotency, versions, the cart id), described once with
 * their limits so that all documents say the same; a parameter a service describes itself keeps its description.
 */
final class KnownParameters {

    private record Known(String description, Supplier<Schema<Object>> schema, Object example) {
    }

    private static final Map<String, Known> BY_NAME = Map.of(
            "query:page", new Known("Zero-based page number.", () -> integer(0, PageQuery.MAX_PAGE, 0), 0),
            "query:size", new Known("Items per page, 1 to " + PageQuery.MAX_SIZE + ".",
                    () -> integer(1, PageQuery.MAX_SIZE, PageQuery.DEFAULT_SIZE), PageQuery.DEFAULT_SIZE),
            "query:currency", new Known("Currency of the prices shown (ISO 4217); overrides `Accept-Currency`.",
                    KnownParameters::currency, "EUR"),
            "header:accept-currency", new Known("Preferred currency of the prices shown (ISO 4217) when no `currency` parameter is given.",
                    KnownParameters::currency, "EUR"),
            "header:idempotency-key", new Known("""
                    Makes a retry safe: a request repeated with the same key and body answers as the first did (same \
                    status and body) instead of acting twice. Use a new UUID per intended action. Keys are remembered \
                    for 24 hours.""", KnownParameters::idempotencyKey, "9f1c2b8e-4d4a-4c1e-9f7a-2d8c7e6b5a40"),
            "header:if-match", new Known("The version this change is based on: the `ETag` of the last read, e.g. `\"3\"`.",
                    () -> pattern("^(W/)?\"?[0-9]+\"?$", 32), "\"3\""),
            "header:x-cart-id", new Known("The guest cart's id, as returned by the first cart call; ignored for signed-in customers.",
                    () -> pattern("^[A-Za-z0-9_-]{16,64}$", 64), "q5V1mC3xYc8rTzL0bN2wAe"));

    private KnownParameters() {
    }

    static void describe(Parameter parameter) {
        if (parameter.get$ref() != null || parameter.getName() == null) {
            return;
        }
        Known known = BY_NAME.get(parameter.getIn() + ":" + parameter.getName().toLowerCase(java.util.Locale.ROOT));
        if (known == null) {
            return;
        }
        if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
            parameter.setDescription(known.description());
        }
        parameter.setSchema(known.schema().get());
        if (parameter.getExample() == null) {
            parameter.setExample(known.example());
        }
    }

    /** The request id a client may send: kept when it is sane, replaced otherwise. */
    static Parameter requestId() {
        return new Parameter().in("header").name(HeaderNames.REQUEST_ID).required(false)
                .description("Correlates a request across services and logs; echoed in the response. Generated when "
                        + "missing or not 1 to 128 characters of `A-Z a-z 0-9 . _ -`.")
                .schema(pattern("^[A-Za-z0-9._-]{1,128}$", 128)).example("c0ffee-42");
    }

    private static Schema<Object> integer(Integer minimum, Integer maximum, Integer byDefault) {
        Schema<Object> schema = Schemas.of("integer");
        schema.setFormat("int32");
        schema.setMinimum(minimum == null ? null : BigDecimal.valueOf(minimum));
        schema.setMaximum(maximum == null ? null : BigDecimal.valueOf(maximum));
        schema.setDefault(byDefault);
        return schema;
    }

    private static Schema<Object> currency() {
        Schema<Object> schema = Schemas.of("string");
        schema.setEnum(new java.util.ArrayList<>(Currencies.SUPPORTED));
        return schema;
    }

    private static Schema<Object> idempotencyKey() {
        return pattern("^[\\x21-\\x7E]{1,255}$", 255);
    }

    private static Schema<Object> pattern(String pattern, int maxLength) {
        Schema<Object> schema = Schemas.of("string");
        schema.setPattern(pattern);
        schema.setMaxLength(maxLength);
        return schema;
    }
}
