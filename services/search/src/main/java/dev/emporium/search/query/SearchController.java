package dev.emporium.search.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import dev.emporium.platform.openapi.ApiProblem;
import dev.emporium.platform.web.ApiException;
import dev.emporium.platform.web.PublicCaching;
import dev.emporium.search.index.ProductIndex;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public product search and type-ahead suggestions. */
@Tag(name = "Search", description = "Find products by words, with typo tolerance, filters and facets.")
@RestController
@RequestMapping("/api/v1/search")
class SearchController {

    static final int MAX_SUGGEST_LENGTH = 100;

    private final ProductSearch search;
    private final ProductSuggestions suggestions;
    private final PublicCaching caching;

    SearchController(ProductSearch search, ProductSuggestions suggestions, PublicCaching caching) {
        this.search = search;
        this.suggestions = suggestions;
        this.caching = caching;
    }

    @Schema(description = "Completions of what the shopper has typed so far, best first.")
    record Suggestions(@Schema(example = "[\"shirt\", \"shirt dress\", \"short sleeve shirt\"]") List<String> suggestions) {
    }

    /** {@code brand} is read raw: Spring would split "Smith, Wesson" at the comma into two brands. */
    @Operation(operationId = "searchProducts", summary = "Search products",
            description = "Active products matching the words of `q` (name, brand, description, category; a typo of up "
                    + "to two letters still matches, `shrit` finds shirts) and the filters, a page at a time, with facet "
                    + "counts (brand, category, price range) over everything that matched. Without `q`, every product "
                    + "matching the filters, newest first. At most the first 10,000 results can be paged through.")
    @ApiResponse(responseCode = "200", description = "A page of results with facets.")
    @ApiProblem(status = 503, codes = "SEARCH_UNAVAILABLE", when = "the index is being reopened (a rebuild starting); retry after `Retry-After` seconds")
    @GetMapping
    @Parameter(name = "brand", in = ParameterIn.QUERY, description = "Exact brand; repeat for any of several (at most 20).",
            array = @ArraySchema(schema = @Schema(type = "string", maxLength = 200, example = "Northwind"), maxItems = 20))
    ResponseEntity<SearchResponse> search(
            @Parameter(description = "The words to search for.", example = "linen shirt", schema = @Schema(maxLength = 200))
            @RequestParam(required = false) String q,
            @Parameter(description = "A category's id or slug; its sub-categories included.", example = "clothing",
                    schema = @Schema(maxLength = 200))
            @RequestParam(required = false) String category,
            @Parameter(description = "Lowest price (inclusive) in the requested currency.",
                    schema = @Schema(type = "string", pattern = "^[0-9]+(\\.[0-9]+)?$", example = "10.00"))
            @RequestParam(required = false) String minPrice,
            @Parameter(description = "Highest price (inclusive) in the requested currency.",
                    schema = @Schema(type = "string", pattern = "^[0-9]+(\\.[0-9]+)?$", example = "50.00"))
            @RequestParam(required = false) String maxPrice,
            @Parameter(description = "`true`: only products with a variant in stock.") @RequestParam(required = false) Boolean inStock,
            @Parameter(description = "Order: `relevance` (default with `q`), `newest` (default without), `price,asc`, `price,desc`.",
                    schema = @Schema(allowableValues = { "relevance", "newest", "price,asc", "price,desc" }))
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String currency,
            @RequestHeader(name = "Accept-Currency", required = false) String acceptCurrency,
            @Parameter(hidden = true) HttpServletRequest request) {
        String[] brands = request.getParameterValues("brand");
        SearchRequest checked = SearchRequest.of(new SearchRequest.Params(q, category, brands == null ? List.of() : List.of(brands),
                minPrice, maxPrice, inStock, sort, page, size, currency, acceptCurrency));
        return publicly(whileIndexOpen(() -> search.search(checked)));
    }

    @Operation(operationId = "suggestSearches", summary = "Suggest searches as you type",
            description = "Up to ten completions of the words typed so far (product names and brands), for a search box.")
    @ApiResponse(responseCode = "200", description = "The suggestions (none for an empty `q`).")
    @ApiProblem(status = 503, codes = "SEARCH_UNAVAILABLE", when = "the index is being reopened (a rebuild starting); retry after `Retry-After` seconds")
    @GetMapping("/suggest")
    ResponseEntity<Suggestions> suggest(@Parameter(description = "What the shopper has typed so far.", example = "shi",
            schema = @Schema(maxLength = MAX_SUGGEST_LENGTH)) @RequestParam(required = false) String q) {
        if (q != null && q.length() > MAX_SUGGEST_LENGTH) {
            throw ApiException.invalidField("q", "must be at most " + MAX_SUGGEST_LENGTH + " characters");
        }
        return publicly(new Suggestions(whileIndexOpen(() -> suggestions.suggest(q))));
    }

    /** The same answer for everyone: a shared cache may reuse it for a moment (stock and prices change). */
    private <T> ResponseEntity<T> publicly(T body) {
        return ResponseEntity.ok().cacheControl(caching.forEveryone()).varyBy(PublicCaching.VARY).body(body);
    }

    /** The index is closed only while the indexer restarts: a short, retryable 503. */
    private static <T> T whileIndexOpen(Callable<T> read) {
        try {
            return read.call();
        } catch (ProductIndex.IndexUnavailableException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "SEARCH_UNAVAILABLE", "The search index is being reopened; try again shortly")
                    .withHeader("Retry-After", "1");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
