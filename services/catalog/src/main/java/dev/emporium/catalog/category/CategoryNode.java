package dev.emporium.catalog.category;

import java.util.List;
import java.util.UUID;

/** A category with its sub-categories, as {@code GET /api/v1/categories} shows the tree. */
public record CategoryNode(UUID id, String slug, String name, UUID parentId, List<CategoryNode> children) {
}
