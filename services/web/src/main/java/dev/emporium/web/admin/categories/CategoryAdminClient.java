package dev.emporium.web.admin.categories;

import dev.emporium.web.admin.AdminApi;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Catalog's admin API for categories: create, rename or move (one PUT), delete an empty one. */
@Component
class CategoryAdminClient {

    private final Upstream catalog;

    CategoryAdminClient(Upstream catalogApi) {
        this.catalog = catalogApi;
    }

    Answer create(AdminApi.Caller admin, CategoryForm form) {
        return admin.send(catalog.post("/api/v1/admin/categories").json(body(form)));
    }

    /** Name and parent as given; the slug and position stay as they are unless a slug is given. */
    Answer update(AdminApi.Caller admin, UUID id, CategoryForm form) {
        return admin.send(catalog.put("/api/v1/admin/categories/{id}", id).json(body(form)));
    }

    Answer delete(AdminApi.Caller admin, UUID id) {
        return admin.send(catalog.delete("/api/v1/admin/categories/{id}", id));
    }

    private static Map<String, Object> body(CategoryForm form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", form.name().strip());
        if (present(form.slug())) {
            body.put("slug", form.slug().strip());
        }
        body.put("parentId", present(form.parentId()) ? form.parentId().strip() : null);
        return body;
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
