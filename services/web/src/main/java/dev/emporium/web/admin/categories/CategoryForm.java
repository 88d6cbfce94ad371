package dev.emporium.web.admin.categories;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A category's name, slug (made from the name when empty; kept as it is on an edit when empty) and parent (none: a
 * department, at the root).
 */
public record CategoryForm(
        @NotBlank(message = "{admin.category.name}") @Size(max = 100, message = "{admin.category.name}") String name,
        @Nullable @Size(max = 200, message = "{admin.category.slug}")
        @Pattern(regexp = "|[a-z0-9]+(-[a-z0-9]+)*", message = "{admin.category.slug}") String slug,
        @Nullable @Pattern(regexp = "|[0-9a-fA-F-]{36}", message = "{admin.category.parentId}") String parentId) {

    static CategoryForm empty() {
        return new CategoryForm("", "", "");
    }
}
