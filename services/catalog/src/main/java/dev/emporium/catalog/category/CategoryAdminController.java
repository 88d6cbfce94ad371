package dev.emporium.catalog.category;

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

@RestController
@RequestMapping("/api/v1/admin/categories")
class CategoryAdminController {

    private final CategoryService categories;

    CategoryAdminController(CategoryService categories) {
        this.categories = categories;
    }

    @PostMapping
    ResponseEntity<Category> create(@Valid @RequestBody CategoryRequest request) {
        Category category = categories.create(request);
        return ResponseEntity.created(URI.create("/api/v1/admin/categories/" + category.id())).body(category);
    }

    @PutMapping("/{id}")
    Category update(@PathVariable UUID id, @Valid @RequestBody CategoryRequest request) {
        return categories.update(id, request);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        categories.delete(id);
        return ResponseEntity.noContent().build();
    }
}
