package dev.emporium.catalog.category;

import dev.emporium.catalog.Slugs;
import dev.emporium.platform.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CategoryService {

    private final Categories categories;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CategoryService(Categories categories, ApplicationEventPublisher events, Clock clock) {
        this.categories = categories;
        this.events = events;
        this.clock = clock;
    }

    public List<CategoryNode> tree() {
        List<Category> all = categories.all();
        Map<UUID, List<Category>> children = new HashMap<>();
        List<Category> roots = new ArrayList<>();
        for (Category category : all) {
            if (category.parentId() == null) {
                roots.add(category);
            } else {
                children.computeIfAbsent(category.parentId(), k -> new ArrayList<>()).add(category);
            }
        }
        return roots.stream().map(root -> node(root, children)).toList();
    }

    private static CategoryNode node(Category category, Map<UUID, List<Category>> children) {
        return new CategoryNode(category.id(), category.slug(), category.name(), category.parentId(),
                children.getOrDefault(category.id(), List.of()).stream().map(child -> node(child, children)).toList());
    }

    @Transactional
    public Category create(CategoryRequest request) {
        if (request.parentId() != null) {
            requireExisting(request.parentId(), "parentId");
        }
        String slug = request.slug() != null ? request.slug() : Slugs.of(request.name());
        Category category = new Category(UUID.randomUUID(), slug, request.name().strip(), request.parentId(),
                request.position() == null ? 0 : request.position());
        if (!categories.insert(category, Instant.now(clock))) {
            throw new ApiException(HttpStatus.CONFLICT, "SLUG_TAKEN", "Another category already uses the slug " + slug,
                    Map.of("errors", List.of(Map.of("field", "slug", "message", "is already taken"))));
        }
        return category;
    }

    @Transactional
    public Category update(UUID id, CategoryRequest request) {
        Category existing = categories.find(id).orElseThrow(() -> ApiException.notFound("Category"));
        if (request.parentId() != null) {
            requireExisting(request.parentId(), "parentId");
            if (categories.subtree(id).contains(request.parentId())) {
                throw new ApiException(HttpStatus.CONFLICT, "CATEGORY_CYCLE", "A category cannot move below itself");
            }
        }
        String slug = request.slug() != null ? request.slug() : existing.slug();
        if (categories.slugTakenByAnother(slug, id)) {
            throw new ApiException(HttpStatus.CONFLICT, "SLUG_TAKEN", "Another category already uses the slug " + slug);
        }
        Category updated = new Category(id, slug, request.name().strip(), request.parentId(),
                request.position() == null ? existing.position() : request.position());
        categories.update(updated, Instant.now(clock));
        events.publishEvent(new CategoryChanged(categories.subtree(id)));
        return updated;
    }

    @Transactional
    public void delete(UUID id) {
        categories.find(id).orElseThrow(() -> ApiException.notFound("Category"));
        if (categories.hasChildren(id) || categories.hasProducts(id)) {
            throw new ApiException(HttpStatus.CONFLICT, "CATEGORY_NOT_EMPTY",
                    "Move or remove its sub-categories and products first");
        }
        categories.delete(id);
    }

    private void requireExisting(UUID id, String field) {
        if (categories.find(id).isEmpty()) {
            throw ApiException.invalidField(field, "no such category");
        }
    }
}
