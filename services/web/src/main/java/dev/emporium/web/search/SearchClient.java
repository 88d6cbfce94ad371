package dev.emporium.web.search;

import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Search's public API: products matching a query with facets, and suggestions as the shopper types. */
@Component
public class SearchClient {

    private final Upstream search;

    SearchClient(Upstream searchApi) {
        this.search = searchApi;
    }

    public SearchResult search(ListingQuery query, int size, String currency) {
        Upstream.Call call = search.get("/api/v1/search")
                .query("q", query.q()).query("category", query.category())
                .query("minPrice", query.minPrice()).query("maxPrice", query.maxPrice())
                .query("inStock", query.inStock() ? "true" : null)
                .query("sort", query.sort()).query("page", query.page()).query("size", size).query("currency", currency);
        query.brands().forEach(brand -> call.query("brand", brand));
        return call.send().expect(search.service(), SearchResult.class);
    }

    /** What to suggest for what the shopper has typed so far (at most 100 characters). */
    public List<String> suggest(String typed) {
        Answer answer = search.get("/api/v1/search/suggest").query("q", typed).send();
        List<String> suggestions = new ArrayList<>();
        if (answer.ok()) {
            answer.body().path("suggestions").forEach(suggestion -> suggestions.add(suggestion.asString()));
        }
        return suggestions;
    }
}
