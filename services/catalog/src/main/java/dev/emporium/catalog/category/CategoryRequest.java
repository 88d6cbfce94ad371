package dev.emporium.catalog.category;

import dev.emporium.catalog.Slugs;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A category as an admin sends it; the slug is made from the name when absent. */
public record CategoryRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by dashes") String slug,
        UUID parentId,
        @Min(0) @Max(10_000) Integer position) {
}
