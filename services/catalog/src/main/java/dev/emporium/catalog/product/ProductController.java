package dev.emporium.catalog.product;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import dev.emporium.platform.security.Roles;
import dev.emporium.platform.web.ApiException;
import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.PageResponse;
import dev.emporium.platform.web.PublicCaching;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

/** Public catalog reads. Only ACTIVE products are visible, except to admins. */
@Tag(name = "Products", description = "The catalog as shoppers see it: active products with their variants, priced in the requested currency.")
@RestController
class ProductController {

    private final ProductQueries queries;
    private final RequestedCurrency currencies;
    private final JsonMapper json;
    private final PublicCaching caching;

    ProductController(ProductQueries queries, RequestedCurrency currencies, JsonMapper json, PublicCaching caching) {
        this.queries = queries;
        this.currencies = currencies;
        this.json = json;
        this.caching = caching;
    }

    @Operation(operationId = "listProducts", summary = "List active products",
            description = "Active products, a page at a time, optionally of one category (its sub-categories included) "
                    + "or brand, priced in the requested currency (`price` is the cheapest variant's). Browsers must "
                    + "revalidate; shared caches may reuse an answer for a few seconds (`s-maxage`).")
    @ApiResponse(responseCode = "200", description = "A page of products.")
    @GetMapping("/api/v1/products")
    ResponseEntity<PageResponse<ProductView>> list(
            @Parameter(description = "A category's slug or id; products of its sub-categories are included.", example = "clothing")
            @RequestParam(required = false) String category,
            @Parameter(description = "Only this brand (exact name).", example = "Northwind") @RequestParam(required = false) String brand,
            @Parameter(description = "Order: `price,asc`, `price,desc`, `name,asc` or `createdAt,desc` (default, newest first).",
                    schema = @Schema(allowableValues = { "price,asc", "price,desc", "name,asc", "createdAt,desc" }))
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String currency,
            @RequestHeader(name = "Accept-Currency", required = false) String acceptCurrency) {
        PageQuery pageQuery = PageQuery.of(page, size);
        ProductSort order = parseSort(sort);
        PageResponse<ProductView> result = queries.page(ProductStatus.ACTIVE, blankToNull(category), blankToNull(brand), order,
                currencies.resolve(currency, acceptCurrency), pageQuery);
        return ResponseEntity.ok().cacheControl(caching.forEveryone()).varyBy(PublicCaching.VARY).body(result);
    }

    @Operation(operationId = "getProduct", summary = "Get a product",
            description = "One active product by id or slug with all its variants, priced in the requested currency. "
                    + "The `ETag` is a digest of the representation: send it back as `If-None-Match` to get 304 when "
                    + "nothing changed. Admins also see draft and archived products.")
    @ApiResponse(responseCode = "200", description = "The product.",
            headers = @Header(name = "ETag", description = "Digest of this representation, for `If-None-Match`.", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "Not modified: the `If-None-Match` ETag is current.", content = @Content)
    @Parameter(in = ParameterIn.HEADER, name = "If-None-Match", description = "The ETag of a previous response; 304 when it is still current.",
            schema = @Schema(type = "string", maxLength = 200), example = "\"q3VxT2l8GmB0sXa1c9Lw2kQe\"")
    @GetMapping("/api/v1/products/{idOrSlug}")
    ResponseEntity<ProductView> one(
            @Parameter(description = "The product's id (UUID) or slug.", example = "linen-shirt") @PathVariable String idOrSlug, @RequestParam(required = false) String currency,
            @RequestHeader(name = "Accept-Currency", required = false) String acceptCurrency, Authentication caller,
            WebRequest request) {
        String resolved = currencies.resolve(currency, acceptCurrency);
        ProductView product = queries.find(idOrSlug, resolved)
                .filter(p -> p.status() == ProductStatus.ACTIVE || isAdmin(caller))
                .orElseThrow(() -> ApiException.notFound("Product"));
        String etag = etagOf(product);
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(caching.forCaller(caller)).varyBy(PublicCaching.VARY).eTag(etag).body(product);
    }

    /**
     * A digest of the representation itself: it changes with everything the body shows, not only with the product's
     * version (a renamed category or a new rate table changes the body but not the version).
     */
    private String etagOf(ProductView product) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(product));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ProductSort parseSort(String sort) {
        if (sort == null || sort.isBlank()) {
            return ProductSort.CREATED_DESC;
        }
        ProductSort order = ProductSort.fromParameter(sort.strip());
        if (order == null) {
            throw ApiException.invalidField("sort", "must be one of " + ProductSort.allowed());
        }
        return order;
    }

    private static boolean isAdmin(Authentication caller) {
        return caller != null && caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
