package dev.emporium.contracts.asyncapi;

import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft-07, the base of AsyncAPI 3's schema format) of an event record, as Jackson writes it: every
 * component is always present (Jackson writes nulls too) and non-null unless its type is {@link Nullable}, no other
 * property is allowed, UUIDs and instants are formatted strings, {@code BigDecimal} is a JSON number. Each schema is
 * self-contained (no {@code $ref}), so it can be lifted out of the document and validated on its own.
 */
final class PayloadSchemas {

    private final SchemaGenerator generator;

    PayloadSchemas() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(new JacksonSchemaModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER))
                .with(Option.INLINE_ALL_SCHEMAS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.EXTRA_OPEN_API_FORMAT_VALUES)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forFields().withRequiredCheck(field -> true).withNullableCheck(PayloadSchemas::nullable);
        // keep the declaration order, which is also the order Jackson writes a record's components in
        config.forTypesInGeneral().withPropertySorter((first, second) -> 0);
        generator = new SchemaGenerator(config.build());
    }

    ObjectNode of(Class<?> event) {
        return generator.generateSchema(event);
    }

    private static boolean nullable(FieldScope field) {
        // @Nullable is a type-use annotation: it sits on the component's type, not on the field declaration
        return field.getRawMember().getAnnotatedType().isAnnotationPresent(Nullable.class);
    }
}
