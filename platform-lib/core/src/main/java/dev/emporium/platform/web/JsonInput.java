package dev.emporium.platform.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client JSON that does not fit the expected shape, as a 400 naming the field in words a client understands
 * ("must be a whole number"), never the Java type. Used for request bodies Spring binds and for those a service
 * binds itself, such as a merged PATCH.
 */
public final class JsonInput {

    private JsonInput() {
    }

    /** {@code json.treeToValue}, with a value of the wrong shape reported as 400 {@code VALIDATION_FAILED}. */
    public static <T> T treeToValue(JsonMapper json, JsonNode tree, Class<T> type) {
        try {
            return json.treeToValue(tree, type);
        } catch (InvalidDefinitionException e) {
            throw e; // our type cannot be bound at all: a bug, not bad input
        } catch (DatabindException | InputCoercionException e) {
            throw ApiException.invalid("The request has invalid fields", List.of(fieldError(e)));
        }
    }

    /** The field a binding error is about (JSON path, {@code variants[0].sku}; empty at the root) and why. */
    public static Problems.FieldError fieldError(JacksonException e) {
        return new Problems.FieldError(path(e), describe(e));
    }

    static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InputCoercionException outOfRange && outOfRange.getTargetType() != null) {
            return "must be " + expected(outOfRange.getTargetType()) + " within range";
        }
        Class<?> target = e instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
        if (target == null && e instanceof InvalidFormatException invalid) {
            target = invalid.getTargetType();
        }
        return target == null ? "has an invalid value" : "must be " + expected(target);
    }

    /** What a value of {@code type} looks like, in a client's words. */
    public static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getPackageName().startsWith("java.")) {
            return "an object";
        }
        return "a valid value";
    }
}
