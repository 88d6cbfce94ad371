package dev.emporium.testsupport.apicontract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The changes from one OpenAPI document to the next that break a client written against the first: a removed
 * operation, parameter, response or field, a removed enum value, a changed type, a parameter or request field that
 * became required. Additions that clients may ignore are not breaking.
 */
public final class OpenApiCompatibility {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode before;
    private final JsonNode after;
    private final List<String> breaking = new ArrayList<>();
    private final Set<String> compared = new HashSet<>();

    private OpenApiCompatibility(JsonNode before, JsonNode after) {
        this.before = before;
        this.after = after;
    }

    public static List<String> breakingChanges(JsonNode before, JsonNode after) {
        OpenApiCompatibility check = new OpenApiCompatibility(before, after);
        check.operations();
        return check.breaking;
    }

    /** Operations deprecated in {@code after} but not in {@code before}, as {@code "GET /path"}. */
    public static List<String> newDeprecations(JsonNode before, JsonNode after) {
        List<String> deprecated = new ArrayList<>();
        after.path("paths").properties().forEach(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().path(method);
            if (operation.path("deprecated").asBoolean(false)
                    && !before.path("paths").path(path.getKey()).path(method).path("deprecated").asBoolean(false)) {
                deprecated.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        return deprecated;
    }

    private void operations() {
        before.path("paths").properties().forEach(path -> METHODS.forEach(method -> {
            JsonNode old = path.getValue().path(method);
            if (old.isMissingNode()) {
                return;
            }
            String where = method.toUpperCase() + " " + path.getKey();
            JsonNode current = after.path("paths").path(path.getKey()).path(method);
            if (current.isMissingNode()) {
                breaking.add(where + ": operation removed");
                return;
            }
            parameters(where, old, current);
            requestBody(where, old.path("requestBody"), current.path("requestBody"));
            old.path("responses").properties().stream().filter(response -> response.getKey().startsWith("2")).forEach(response -> {
                JsonNode now = current.path("responses").path(response.getKey());
                if (now.isMissingNode()) {
                    breaking.add(where + ": response " + response.getKey() + " removed");
                } else {
                    schema(where + " response " + response.getKey(), json(response.getValue()), json(now), false);
                }
            });
        }));
    }

    private void parameters(String where, JsonNode old, JsonNode current) {
        for (JsonNode parameter : old.path("parameters")) {
            JsonNode now = parameter(current, parameter.path("in").asString(), parameter.path("name").asString());
            String name = parameter.path("in").asString() + " parameter " + parameter.path("name").asString();
            if (now == null) {
                breaking.add(where + ": " + name + " removed");
            } else {
                if (now.path("required").asBoolean(false) && !parameter.path("required").asBoolean(false)) {
                    breaking.add(where + ": " + name + " became required");
                }
                schema(where + " " + name, parameter.path("schema"), now.path("schema"), true);
            }
        }
        for (JsonNode parameter : current.path("parameters")) {
            if (parameter.path("required").asBoolean(false)
                    && parameter(old, parameter.path("in").asString(), parameter.path("name").asString()) == null) {
                breaking.add(where + ": new required " + parameter.path("in").asString() + " parameter " + parameter.path("name").asString());
            }
        }
    }

    private void requestBody(String where, JsonNode old, JsonNode current) {
        if (current.path("required").asBoolean(false) && old.isMissingNode()) {
            breaking.add(where + ": a request body became required");
        } else if (!old.isMissingNode() && current.isMissingNode()) {
            breaking.add(where + ": request body removed");
        } else if (!old.isMissingNode()) {
            schema(where + " request body", json(old), json(current), true);
        }
    }

    private void schema(String where, JsonNode oldSchema, JsonNode newSchema, boolean request) {
        JsonNode old = resolve(before, oldSchema);
        JsonNode current = resolve(after, newSchema);
        if (old.isMissingNode()) {
            return;
        }
        if (current.isMissingNode()) {
            breaking.add(where + ": schema removed");
            return;
        }
        if (oldSchema.has("$ref") && !compared.add(oldSchema.get("$ref").asString() + "|" + newSchema.path("$ref").asString("") + "|" + request)) {
            return; // a component is compared once per direction, which also ends recursive schemas
        }
        if (old.has("type") && current.has("type")) {
            Set<String> oldTypes = types(old);
            Set<String> newTypes = types(current);
            // a request may accept more types than before, a response may send fewer
            if (request ? !newTypes.containsAll(oldTypes) : !oldTypes.containsAll(newTypes)) {
                breaking.add(where + ": type changed from " + old.get("type") + " to " + current.get("type"));
            }
        }
        for (JsonNode value : old.path("enum")) {
            if (!contains(current.path("enum"), value) && current.has("enum")) {
                breaking.add(where + ": enum value " + value + " removed");
            }
        }
        old.path("properties").properties().forEach(property -> {
            JsonNode now = current.path("properties").path(property.getKey());
            if (now.isMissingNode()) {
                breaking.add(where + ": field " + property.getKey() + " removed");
            } else {
                schema(where + "." + property.getKey(), property.getValue(), now, request);
            }
        });
        if (request) {
            for (JsonNode required : current.path("required")) {
                if (!contains(old.path("required"), required)) {
                    breaking.add(where + ": field " + required.asString() + " became required");
                }
            }
        }
        schema(where + "[]", old.path("items"), current.path("items"), request);
        schema(where + "{}", old.path("additionalProperties"), current.path("additionalProperties"), request);
        for (int i = 0; i < old.path("allOf").size(); i++) {
            schema(where, old.path("allOf").get(i), current.path("allOf").path(i), request);
        }
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        if (schema.get("type").isArray()) {
            schema.get("type").forEach(type -> types.add(type.asString()));
        } else {
            types.add(schema.get("type").asString());
        }
        return types;
    }

    private static JsonNode json(JsonNode withContent) {
        JsonNode content = withContent.path("content");
        JsonNode json = content.path("application/json");
        return (json.isMissingNode() ? content.path("*/*") : json).path("schema");
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        for (int hops = 0; resolved.has("$ref") && hops < 10; hops++) {
            resolved = document.at(resolved.get("$ref").asString().substring(1));
        }
        return resolved;
    }

    private static JsonNode parameter(JsonNode operation, String in, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asString().equals(in) && parameter.path("name").asString().equalsIgnoreCase(name)) {
                return parameter;
            }
        }
        return null;
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (element.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
