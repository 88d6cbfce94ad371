package dev.emporium.testsupport.apicontract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Committed JSON documents in a stable form, and where two of them differ, as JSON pointers. */
public final class JsonDiff {

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonDiff() {
    }

    /** Keys sorted at every level, indented, with a final newline: the same document always gives the same bytes. */
    public static String normalised(JsonNode document) {
        return PRETTY.writeValueAsString(sorted(document)) + "\n";
    }

    public static JsonNode parse(String json) {
        return PRETTY.readTree(json);
    }

    /** Each place the documents differ: {@code + /a/b} added, {@code - /a/b} removed, {@code ~ /a/b} changed. */
    public static List<String> differences(JsonNode before, JsonNode after) {
        List<String> differences = new ArrayList<>();
        compare("", before, after, differences);
        return differences;
    }

    private static void compare(String pointer, JsonNode before, JsonNode after, List<String> differences) {
        if (before.isObject() && after.isObject()) {
            TreeSet<String> names = new TreeSet<>(before.propertyNames());
            names.addAll(after.propertyNames());
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!after.has(name)) {
                    differences.add("- " + child);
                } else if (!before.has(name)) {
                    differences.add("+ " + child);
                } else {
                    compare(child, before.get(name), after.get(name), differences);
                }
            }
        } else if (!before.equals(after)) {
            differences.add("~ " + pointer + ": " + abbreviated(before) + " -> " + abbreviated(after));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            new TreeSet<>(node.propertyNames()).forEach(name -> result.set(name, sorted(node.get(name))));
            return result;
        }
        if (node.isArray()) {
            var result = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> result.add(sorted(element)));
            return result;
        }
        return node;
    }
}
