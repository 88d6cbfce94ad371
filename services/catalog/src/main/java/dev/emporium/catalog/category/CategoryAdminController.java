package dev.emporium.catalog.category;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.emporium.platform.openapi.ApiProblem;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Categories (admin)", description = "Admins build the category tree.")
@RestController
@RequestMapping("/api/v1/admin/categories")
class CategoryAdminController {

    private final CategoryService categories;

    CategoryAdminController(CategoryService categories) {
        this.categories = categories;
    }

    @Operation(operationId = "createCategory", summary = "Create a category",
            description = "Adds a category, at the root or below `parentId`; the slug is made from the name when absent.")
    @ApiResponse(responseCode = "201", description = "Created; `Location` is its address.",
            headers = @Header(name = "Location", description = "The new category's address.", schema = @Schema(type = "string")))
    @ApiProblem(status = 409, codes = "SLUG_TAKEN", when = "another category already uses the slug")
    @PostMapping
    ResponseEntity<Category> create(@Valid @RequestBody CategoryRequest request) {
        Category category = categories.create(request);
        return ResponseEntity.created(URI.create("/api/v1/admin/categories/" + category.id())).body(category);
    }

    @Operation(operationId = "updateCategory", summary = "Rename or move a category",
            description = "Changes name, slug, parent or position. Products of the category are republished to "
                    + "`catalog.products` with the new category path.")
    @ApiResponse(responseCode = "200", description = "The category as now stored.")
    @ApiProblem(status = 409, codes = "SLUG_TAKEN", when = "another category already uses the slug")
    @ApiProblem(status = 409, codes = "CATEGORY_CYCLE", when = "the category would move below itself")
    @PutMapping("/{id}")
    Category update(@PathVariable UUID id, @Valid @RequestBody CategoryRequest request) {
        return categories.update(id, request);
    }

    @Operation(operationId = "deleteCategory", summary = "Delete an empty category",
            description = "Deletes a category without sub-categories or products.")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiProblem(status = 409, codes = "CATEGORY_NOT_EMPTY", when = "the category still has sub-categories or products")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        categories.delete(id);
        return ResponseEntity.noContent().build();
    }
}
