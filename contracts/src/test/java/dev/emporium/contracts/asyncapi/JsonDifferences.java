package dev.emporium.contracts.asyncapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** Where two JSON documents differ, as JSON pointers with both values: a readable diff for a failing contract test. */
final class JsonDifferences {

    private static final int MAX_VALUE_LENGTH = 160;

    private JsonDifferences() {
    }

    static List<String> between(JsonNode committed, JsonNode generated) {
        List<String> differences = new ArrayList<>();
        collect("", committed, generated, differences);
        return differences;
    }

    private static void collect(String pointer, JsonNode committed, JsonNode generated, List<String> differences) {
        if (committed == null || generated == null || committed.equals(generated)) {
            if (committed == null ^ generated == null) {
                differences.add((committed == null ? "+ " : "- ") + pointer + ": " + shorten(committed == null ? generated : committed));
            }
            return;
        }
        if (committed.isObject() && generated.isObject()) {
            Set<String> names = new TreeSet<>(committed.propertyNames());
            names.addAll(generated.propertyNames());
            for (String name : names) {
                collect(pointer + "/" + name.replace("~", "~0").replace("/", "~1"), committed.get(name), generated.get(name), differences);
            }
        } else if (committed.isArray() && generated.isArray()) {
            for (int i = 0; i < Math.max(committed.size(), generated.size()); i++) {
                collect(pointer + "/" + i, committed.get(i), generated.get(i), differences);
            }
        } else {
            differences.add("~ " + pointer + ": committed " + shorten(committed) + ", generated " + shorten(generated));
        }
    }

    private static String shorten(JsonNode node) {
        String text = node.toString();
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "...";
    }
}
