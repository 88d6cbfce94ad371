package dev.emporium.catalog.category;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.emporium.catalog.Slugs;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A category as an admin sends it; the slug is made from the name when absent. */
@Schema(description = "A category as an admin creates or changes it.")
public record CategoryRequest(
        @Schema(example = "Shirts") @NotBlank @Size(max = 100) String name,
        @Schema(description = "Lower-case words joined by dashes; made from the name when absent.", example = "shirts")
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by dashes") String slug,
        @Schema(description = "The parent category; absent for a root category.", example = "9a3f1c2e-4b5d-4e6f-8a7b-1c2d3e4f5a6b") UUID parentId,
        @Schema(description = "Order among its siblings, lowest first.", example = "2") @Min(0) @Max(10_000) Integer position) {
}
