package dev.emporium.web.admin.products;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.web.admin.AdminApi;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Catalog's admin API for products. Changes carry the version the admin edited, as {@code If-Match} and in the body:
 * catalog answers 412 {@code STALE_VERSION} when someone changed the product since, and changes nothing.
 */
@Component
class ProductAdminClient {

    static final String BASE_CURRENCY = "USD";

    private final Upstream catalog;

    ProductAdminClient(Upstream catalogApi) {
        this.catalog = catalogApi;
    }

    AdminProduct.Page list(AdminApi.Caller admin, String status, @Nullable String category, int page, int size) {
        return admin.send(catalog.get("/api/v1/admin/products").query("status", status).query("category", category)
                .query("page", page).query("size", size).query("currency", BASE_CURRENCY))
                .expect(catalog.service(), AdminProduct.Page.class);
    }

    /** In any status (the admin's token lets catalog show drafts and archived ones); empty when there is none. */
    Optional<AdminProduct> get(AdminApi.Caller admin, UUID id) {
        Answer answer = admin.send(catalog.get("/api/v1/products/{id}", id).query("currency", BASE_CURRENCY));
        return answer.status() == 404 ? Optional.empty() : Optional.of(answer.expect(catalog.service(), AdminProduct.class));
    }

    /** 201 with the product, or a problem; the key makes a second submit of the same form answer the first product. */
    Answer create(AdminApi.Caller admin, Map<String, Object> product, String idempotencyKey) {
        return admin.send(catalog.post("/api/v1/admin/products").header(HeaderNames.IDEMPOTENCY_KEY, idempotencyKey).json(product));
    }

    Answer replace(AdminApi.Caller admin, UUID id, long version, Map<String, Object> product) {
        return admin.send(catalog.put("/api/v1/admin/products/{id}", id).header(HttpHeaders.IF_MATCH, etag(version)).json(product));
    }

    Answer archive(AdminApi.Caller admin, UUID id, long version) {
        return admin.send(catalog.delete("/api/v1/admin/products/{id}", id).header(HttpHeaders.IF_MATCH, etag(version)));
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
