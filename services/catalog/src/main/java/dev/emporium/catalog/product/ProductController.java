package dev.emporium.catalog.product;

import dev.emporium.platform.security.Roles;
import dev.emporium.platform.web.ApiException;
import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.PageResponse;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Public catalog reads. Only ACTIVE products are visible, except to admins. */
@RestController
class ProductController {

    /** Clients may reuse a response but must revalidate it (cheap with the ETag). */
    static final CacheControl REVALIDATE = CacheControl.maxAge(Duration.ZERO).mustRevalidate().cachePublic();

    private final ProductQueries queries;
    private final RequestedCurrency currencies;

    ProductController(ProductQueries queries, RequestedCurrency currencies) {
        this.queries = queries;
        this.currencies = currencies;
    }

    @GetMapping("/api/v1/products")
    ResponseEntity<PageResponse<ProductView>> list(@RequestParam(required = false) String category,
            @RequestParam(required = false) String brand, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String currency,
            @RequestHeader(name = "Accept-Currency", required = false) String acceptCurrency) {
        PageQuery pageQuery = PageQuery.of(page, size);
        ProductSort order = parseSort(sort);
        PageResponse<ProductView> result = queries.page(ProductStatus.ACTIVE, blankToNull(category), blankToNull(brand), order,
                currencies.resolve(currency, acceptCurrency), pageQuery);
        return ResponseEntity.ok().cacheControl(REVALIDATE).body(result);
    }

    @GetMapping("/api/v1/products/{idOrSlug}")
    ResponseEntity<ProductView> one(@PathVariable String idOrSlug, @RequestParam(required = false) String currency,
            @RequestHeader(name = "Accept-Currency", required = false) String acceptCurrency, Authentication caller,
            WebRequest request) {
        String resolved = currencies.resolve(currency, acceptCurrency);
        ProductView product = queries.find(idOrSlug, resolved)
                .filter(p -> p.status() == ProductStatus.ACTIVE || isAdmin(caller))
                .orElseThrow(() -> ApiException.notFound("Product"));
        String etag = "\"" + product.id() + "-" + product.version() + "-" + resolved + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(REVALIDATE).eTag(etag).body(product);
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
