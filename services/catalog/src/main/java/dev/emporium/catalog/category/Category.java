package dev.emporium.catalog.category;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

@Schema(description = "A category.")
public record Category(
        @Schema(example = "0b7e7f34-6a43-4c8e-9a0e-6f1b2f6c1d11") UUID id,
        @Schema(example = "shirts") String slug,
        @Schema(example = "Shirts") String name,
        @Schema(description = "The parent category; absent for a root category.", example = "9a3f1c2e-4b5d-4e6f-8a7b-1c2d3e4f5a6b") UUID parentId,
        @Schema(description = "Order among its siblings, lowest first.", example = "2") int position) {
}
