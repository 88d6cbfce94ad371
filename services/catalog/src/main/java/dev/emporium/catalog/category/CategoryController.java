package dev.emporium.catalog.category;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import dev.emporium.platform.web.PublicCaching;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Categories", description = "The category tree shoppers browse.")
@RestController
class CategoryController {

    private final CategoryService categories;
    private final PublicCaching caching;

    CategoryController(CategoryService categories, PublicCaching caching) {
        this.categories = categories;
        this.caching = caching;
    }

    @Operation(operationId = "getCategoryTree", summary = "Get the category tree",
            description = "Every category with its sub-categories, root categories first, each level in its position order.")
    @ApiResponse(responseCode = "200", description = "The root categories, each with its children.")
    @GetMapping("/api/v1/categories")
    ResponseEntity<List<CategoryNode>> tree() {
        return ResponseEntity.ok().cacheControl(caching.forEveryone()).varyBy(PublicCaching.VARY).body(categories.tree());
    }
}
