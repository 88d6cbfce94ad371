package dev.emporium.web.admin.categories;

import dev.emporium.web.catalog.CatalogClient;
import dev.emporium.web.catalog.CategoryNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The category tree as catalog has it now (not the storefront's copy, which may be a minute old: a category just
 * made must be choosable at once), flattened for a select: each category with its depth, parents first.
 */
@Component
public class CategoryChoices {

    private final CatalogClient catalog;

    CategoryChoices(CatalogClient catalog) {
        this.catalog = catalog;
    }

    public List<CategoryNode> tree() {
        return catalog.categories();
    }

    public List<Choice> all() {
        return flatten(tree());
    }

    public static List<Choice> flatten(List<CategoryNode> roots) {
        List<Choice> choices = new ArrayList<>();
        roots.forEach(root -> add(root, 0, choices));
        return choices;
    }

    private static void add(CategoryNode node, int depth, List<Choice> choices) {
        choices.add(new Choice(node.id(), node.name(), node.slug(), node.parentId(), depth));
        node.children().forEach(child -> add(child, depth + 1, choices));
    }

    /** A category for a select: its name indented by its depth. */
    public record Choice(UUID id, String name, String slug, @Nullable UUID parentId, int depth) {
        public String indented() {
            return "\u2014 ".repeat(depth) + name;
        }
    }
}
