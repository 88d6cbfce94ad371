package dev.emporium.catalog.product;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.emporium.platform.openapi.ApiProblem;
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
@Tag(name = "Products (admin)", description = "Admins create, change and archive products. Changes use optimistic locking: send the version you read (`If-Match` or the `version` field).")
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

    @Operation(operationId = "listProductsAsAdmin", summary = "List products in any status",
            description = "Like the public list, but of any status (default ACTIVE).")
    @ApiResponse(responseCode = "200", description = "A page of products.")
    @GetMapping
    PageResponse<ProductView> list(@Parameter(description = "Only products in this status (default ACTIVE).") @RequestParam(required = false) ProductStatus status,
            @Parameter(description = "A category's slug or id; sub-categories included.", example = "clothing") @RequestParam(required = false) String category,
            @Parameter(description = "Only this brand (exact name).", example = "Northwind") @RequestParam(required = false) String brand,
            @Parameter(description = "Order: `price,asc`, `price,desc`, `name,asc` or `createdAt,desc` (default).",
                    schema = @Schema(allowableValues = { "price,asc", "price,desc", "name,asc", "createdAt,desc" }))
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String currency) {
        return queries.page(status == null ? ProductStatus.ACTIVE : status, category, brand, ProductController.parseSort(sort),
                currencies.resolve(currency, null), PageQuery.of(page, size));
    }

    /** With an {@code Idempotency-Key}, a create retried after a timeout answers as the first did instead of adding a twin. */
    @Operation(operationId = "createProduct", summary = "Create a product",
            description = "Creates a product (DRAFT unless `status` says otherwise) with its variants. Prices given in "
                    + "USD are derived for the other currencies by the rate table unless set explicitly. The slug is made "
                    + "from the name when absent. Publishes the product's full state to `catalog.products`.")
    @ApiResponse(responseCode = "201", description = "Created; `Location` is the product's admin address and `ETag` its version.",
            content = @Content(schema = @Schema(implementation = ProductView.class)),
            headers = { @Header(name = "Location", description = "The new product's address.", schema = @Schema(type = "string")),
                    @Header(name = "ETag", description = "The version, for the next `If-Match`.", schema = @Schema(type = "string")) })
    @ApiProblem(status = 409, codes = "SLUG_TAKEN", when = "another product already uses the slug")
    @PostMapping
    ResponseEntity<?> create(@Valid @RequestBody ProductRequest request,
            @RequestHeader(name = HeaderNames.IDEMPOTENCY_KEY, required = false) String idempotencyKey, Authentication caller) {
        return idempotency.execute(new IdempotentRequest("POST /api/v1/admin/products", caller.getName(), idempotencyKey, request),
                () -> {
                    Product product = products.create(request);
                    return respond(ResponseEntity.created(URI.create("/api/v1/admin/products/" + product.id())), product);
                });
    }

    @Operation(operationId = "replaceProduct", summary = "Replace a product",
            description = "Replaces every field of the product (variants missing from the request are removed). Needs the "
                    + "version you edited as `If-Match` or `version`.")
    @ApiResponse(responseCode = "200", description = "The product as now stored; `ETag` is its new version.",
            headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = "string")))
    @ApiProblem(status = 409, codes = "SLUG_TAKEN", when = "another product already uses the slug")
    @ApiProblem(status = 428, codes = "VERSION_REQUIRED", when = "neither `If-Match` nor `version` says which version the change is based on")
    @PutMapping("/{id}")
    ResponseEntity<ProductView> replace(@PathVariable UUID id, @Valid @RequestBody ProductRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(ResponseEntity.ok(), products.replace(id, request, version(ifMatch)));
    }

    @Operation(operationId = "patchProduct", summary = "Change some fields of a product",
            description = "A JSON merge of the top-level fields given (each replaces the whole current value); the "
                    + "result must be a valid product. Needs the version you edited as `If-Match` or `version`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "Any subset of the fields of a product request.",
                    content = @Content(schema = @Schema(type = "object", example = "{\"name\": \"Linen Shirt\", \"status\": \"ACTIVE\"}"))))
    @ApiResponse(responseCode = "200", description = "The product as now stored; `ETag` is its new version.",
            headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = "string")))
    @ApiProblem(status = 409, codes = "SLUG_TAKEN", when = "another product already uses the slug")
    @ApiProblem(status = 428, codes = "VERSION_REQUIRED", when = "neither `If-Match` nor `version` says which version the change is based on")
    @PatchMapping("/{id}")
    ResponseEntity<ProductView> patch(@PathVariable UUID id, @RequestBody JsonNode changes,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return respond(ResponseEntity.ok(), products.patch(id, changes, version(ifMatch)));
    }

    /** Archiving is the only way to remove a product: orders keep referring to it. */
    @Operation(operationId = "archiveProduct", summary = "Archive a product",
            description = "Archiving is the only way to remove a product: it leaves the shop (and search) but orders keep "
                    + "referring to it. Needs the version as `If-Match`.")
    @ApiResponse(responseCode = "200", description = "The archived product; `ETag` is its new version.",
            headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = "string")))
    @ApiProblem(status = 428, codes = "VERSION_REQUIRED", when = "`If-Match` is missing")
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
