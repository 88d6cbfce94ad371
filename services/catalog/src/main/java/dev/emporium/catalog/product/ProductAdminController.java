package dev.emporium.catalog.product;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.idempotency.IdempotencyKeys;
import dev.emporium.platform.idempotency.IdempotentRequest;
import dev.emporium.platform.web.ApiException;
import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Admins create, change and archive products. Responses carry the version as ETag for the next If-Match. */
@RestController
@RequestMapping("/api/v1/admin/products")
class ProductAdminController {

    private final ProductService products;
    private final ProductQueries queries;
    private final RequestedCurrency currencies;
    private final IdempotencyKeys idempotency;

    ProductAdminController(ProductService products, ProductQueries queries, RequestedCurrency currencies,
            IdempotencyKeys idempotency) {
        this.products = products;
        this.queries = queries;
        this.currencies = currencies;
        this.idempotency = idempotency;
    }

    @GetMapping
    PageResponse<ProductView> list(@RequestParam(required = false) ProductStatus status,
            @RequestParam(required = false) String category, @RequestParam(required = false) String brand,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String currency) {
        return queries.page(status == null ? ProductStatus.ACTIVE : status, category, brand, ProductController.parseSort(sort),
                currencies.resolve(currency, null), PageQuery.of(page, size));
    }

    /** With an {@code Idempotency-Key}, a create retried after a timeout answers as the first did instead of adding a twin. */
    @PostMapping
    ResponseEntity<?> create(@Valid @RequestBody ProductRequest request,
            @RequestHeader(name = HeaderNames.IDEMPOTENCY_KEY, required = false) String idempotencyKey, Authentication caller) {
        return idempotency.execute(new IdempotentRequest("POST /api/v1/admin/products", caller.getName(), idempotencyKey, request),
                () -> {
                    Product product = products.create(request);
                    return respond(ResponseEntity.created(URI.create("/api/v1/admin/products/" + product.id())), product);
                });
    }

    @PutMapping("/{id}")
    ResponseEntity<ProductView> replace(@PathVariable UUID id, @Valid @RequestBody ProductRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(ResponseEntity.ok(), products.replace(id, request, version(ifMatch)));
    }

    @PatchMapping("/{id}")
    ResponseEntity<ProductView> patch(@PathVariable UUID id, @RequestBody JsonNode changes,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(ResponseEntity.ok(), products.patch(id, changes, version(ifMatch)));
    }

    /** Archiving is the only way to remove a product: orders keep referring to it. */
    @DeleteMapping("/{id}")
    ResponseEntity<ProductView> archive(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(ResponseEntity.ok(), products.archive(id, version(ifMatch)));
    }

    private ResponseEntity<ProductView> respond(ResponseEntity.BodyBuilder response, Product product) {
        ProductView view = queries.fresh(product, currencies.resolve(null, null));
        return response.eTag("\"" + product.version() + "\"").body(view);
    }

    /** If-Match carries the version, as the ETag of admin responses does: {@code "3"} (or W/"3", or 3). */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("If-Match", "must be a version such as \"3\"");
        }
    }
}
