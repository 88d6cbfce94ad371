package dev.emporium.catalog.product;

import dev.emporium.platform.security.Roles;
import dev.emporium.platform.web.ApiException;
import dev.emporium.platform.web.PageQuery;
import dev.emporium.platform.web.PageResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.http.CacheControl;
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
@RestController
class ProductController {

    /** Clients may reuse a response but must revalidate it (cheap with the ETag). */
    static final CacheControl REVALIDATE = CacheControl.maxAge(Duration.ZERO).mustRevalidate().cachePublic();

    private final ProductQueries queries;
    private final RequestedCurrency currencies;
    private final JsonMapper json;

    ProductController(ProductQueries queries, RequestedCurrency currencies, JsonMapper json) {
        this.queries = queries;
        this.currencies = currencies;
        this.json = json;
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
        String etag = etagOf(product);
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(REVALIDATE).eTag(etag).body(product);
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
