package dev.emporium.catalog.category;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** A category with its sub-categories, as {@code GET /api/v1/categories} shows the tree. */
@Schema(description = "A category with its sub-categories.")
public record CategoryNode(
        @Schema(example = "9a3f1c2e-4b5d-4e6f-8a7b-1c2d3e4f5a6b") UUID id,
        @Schema(example = "clothing") String slug,
        @Schema(example = "Clothing") String name,
        @Schema(description = "Absent for a root category.") UUID parentId,
        @Schema(description = "Its sub-categories, in position order.") List<CategoryNode> children) {
}
