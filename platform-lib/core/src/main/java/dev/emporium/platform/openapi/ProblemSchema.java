package dev.emporium.platform.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** The RFC 9457 problem body every error of the platform has, with Emporium's {@code code}, {@code traceId} and {@code errors}. */
final class ProblemSchema {

    static final String FIELD_ERROR = "FieldError";

    private ProblemSchema() {
    }

    static Schema<Object> problem() {
        Schema<Object> schema = Schemas.of("object");
        schema.setDescription("An error as RFC 9457 problem details. Clients branch on `code`, which is stable; `title` "
                + "and `detail` are for people. The response's `X-Request-Id` header and `traceId` identify it in the logs.");
        schema.addProperty("type", described(Schemas.of("string"), "A URI naming the kind of problem (one per `code`).", "uri"));
        schema.addProperty("title", described(Schemas.of("string"), "The HTTP status's reason phrase.", null));
        Schema<Object> status = described(Schemas.of("integer"), "The HTTP status code.", "int32");
        status.setMinimum(BigDecimal.valueOf(400));
        status.setMaximum(BigDecimal.valueOf(599));
        schema.addProperty("status", status);
        schema.addProperty("detail", described(Schemas.of("string"), "What went wrong with this request, for people.", null));
        schema.addProperty("instance", described(Schemas.of("string"), "The path of the request.", null));
        schema.addProperty("code", described(Schemas.of("string"), "The stable, machine-readable problem code.", null));
        schema.addProperty("traceId", described(Schemas.of("string"), "The W3C trace id of the request.", null));
        Schema<Object> errors = described(Schemas.of("array"), "For `VALIDATION_FAILED`: each invalid field or parameter.", null);
        errors.setItems(Schemas.ref(FIELD_ERROR));
        schema.addProperty("errors", errors);
        schema.setRequired(List.of("type", "title", "status", "code"));
        return schema;
    }

    static Schema<Object> fieldError() {
        Schema<Object> schema = Schemas.of("object");
        schema.setDescription("One invalid input.");
        schema.addProperty("field", described(Schemas.of("string"), "The JSON path of the field or the parameter's name.", null));
        schema.addProperty("message", described(Schemas.of("string"), "What is wrong with it.", null));
        schema.setRequired(List.of("field", "message"));
        return schema;
    }

    private static Schema<Object> described(Schema<Object> schema, String description, String format) {
        schema.setDescription(description);
        schema.setFormat(format);
        return schema;
    }
}
