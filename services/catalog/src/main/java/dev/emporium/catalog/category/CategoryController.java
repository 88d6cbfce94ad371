package dev.emporium.catalog.category;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CategoryController {

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @GetMapping("/api/v1/categories")
    List<CategoryNode> tree() {
        return categories.tree();
    }
}
