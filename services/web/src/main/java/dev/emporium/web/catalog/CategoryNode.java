package dev.emporium.web.catalog;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A category of the tree ({@code GET /api/v1/categories}); the roots are the shop's departments. */
public record CategoryNode(UUID id, String slug, String name, @Nullable UUID parentId, @Nullable List<CategoryNode> children) {
    public CategoryNode {
        children = children == null ? List.of() : children;
    }
}
