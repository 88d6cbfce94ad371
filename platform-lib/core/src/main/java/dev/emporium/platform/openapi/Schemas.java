package dev.emporium.platform.openapi;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Set;

/** OpenAPI 3.1 schemas built in code (3.1 keeps the JSON Schema {@code type} in {@code types}). */
final class Schemas {

    private Schemas() {
    }

    static Schema<Object> of(String type) {
        Schema<Object> schema = new Schema<>(SpecVersion.V31);
        schema.setTypes(Set.of(type));
        schema.setType(type);
        return schema;
    }

    static Schema<Object> ref(String componentName) {
        Schema<Object> schema = new Schema<>(SpecVersion.V31);
        schema.set$ref("#/components/schemas/" + componentName);
        return schema;
    }
}
