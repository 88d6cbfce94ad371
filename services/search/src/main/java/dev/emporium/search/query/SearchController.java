package dev.emporium.search.query;

import dev.emporium.platform.web.ApiException;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public product search and type-ahead suggestions. */
@RestController
@RequestMapping("/api/v1/search")
class SearchController {

    static final int MAX_SUGGEST_LENGTH = 100;

    private final ProductSearch search;
    private final ProductSuggestions suggestions;

    SearchController(ProductSearch search, ProductSuggestions suggestions) {
        this.search = search;
        this.suggestions = suggestions;
    }

    record Suggestions(List<String> suggestions) {
    }

    /** {@code brand} is read raw: Spring would split "Smith, Wesson" at the comma into two brands. */
    @GetMapping
    @Parameter(name = "brand", in = ParameterIn.QUERY, description = "Exact brand; repeat for any of several",
            array = @ArraySchema(schema = @Schema(type = "string")))
    SearchResponse search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String minPrice, @RequestParam(required = false) String maxPrice,
            @RequestParam(required = false) Boolean inStock, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String currency,
            @RequestHeader(name = "Accept-Currency", required = false) String acceptCurrency,
            @Parameter(hidden = true) HttpServletRequest request) {
        String[] brands = request.getParameterValues("brand");
        SearchRequest checked = SearchRequest.of(new SearchRequest.Params(q, category, brands == null ? List.of() : List.of(brands),
                minPrice, maxPrice, inStock, sort, page, size, currency, acceptCurrency));
        return whileIndexOpen(() -> search.search(checked));
    }

    @GetMapping("/suggest")
    Suggestions suggest(@RequestParam(required = false) String q) {
        if (q != null && q.length() > MAX_SUGGEST_LENGTH) {
            throw ApiException.invalidField("q", "must be at most " + MAX_SUGGEST_LENGTH + " characters");
        }
        return new Suggestions(whileIndexOpen(() -> suggestions.suggest(q)));
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
