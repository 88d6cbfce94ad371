package dev.emporium.web.search;

import dev.emporium.web.StorefrontProperties;
import dev.emporium.web.catalog.Categories;
import dev.emporium.web.catalog.CategoryNode;
import dev.emporium.web.errors.PageNotFoundException;
import dev.emporium.web.preferences.Preferences;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Category pages ({@code /c/{slug}}) and search ({@code /search?q=}): one call to search each, which answers the
 * products and the facets (brands, categories, price ranges) to narrow them with. The filters are a plain GET form
 * and links; sorting likewise. Typo tolerance is search's. When search is down, the page says so where the products
 * would be. {@code /search/suggest} answers the suggestions under the search box (htmx, as the shopper types).
 */
@Controller
class ListingController {

    private static final String SLUG = "[A-Za-z0-9-]{1,200}";
    private static final int MAX_SUGGEST_INPUT = 100;

    private final SearchClient search;
    private final Categories categories;
    private final StorefrontProperties properties;

    ListingController(SearchClient search, Categories categories, StorefrontProperties properties) {
        this.search = search;
        this.categories = categories;
        this.properties = properties;
    }

    /**
     * A category the tree lacks may be newer than the tree (kept for {@code categories-ttl}): search is asked all the
     * same, and the page is a 404 only when search has nothing in it either. Its name then comes from the facet.
     */
    @GetMapping("/c/{slug}")
    String category(@PathVariable String slug, HttpServletRequest request, Model model) {
        if (!slug.matches(SLUG)) {
            throw new PageNotFoundException();
        }
        Optional<CategoryNode> category = categories.bySlug(slug);
        String view = listing(ListingQuery.parse(request.getParameterMap(), slug), "/c/" + slug, request, model);
        SearchResult result = (SearchResult) model.getAttribute("result");
        if (category.isEmpty() && result != null && result.totalItems() == 0) {
            throw new PageNotFoundException();
        }
        model.addAttribute("category", category.orElse(null));
        model.addAttribute("categoryName", category.map(CategoryNode::name).or(() -> nameInFacets(result, slug)).orElse(slug));
        return view;
    }

    private static Optional<String> nameInFacets(@Nullable SearchResult result, String slug) {
        return result == null ? Optional.empty() : result.facets().category().stream()
                .filter(facet -> slug.equals(facet.slug()) && facet.name() != null).map(SearchResult.CategoryCount::name).findFirst();
    }

    @GetMapping("/search")
    String search(HttpServletRequest request, Model model) {
        ListingQuery.Parsed parsed = ListingQuery.parse(request.getParameterMap(), null);
        if (parsed.query().q() == null && parsed.query().category() == null) {
            model.addAttribute("query", parsed.query());
            model.addAttribute("problems", parsed.problems());
            model.addAttribute("path", "/search");
            return "search";
        }
        listing(parsed, "/search", request, model);
        return "search";
    }

    @GetMapping("/search/suggest")
    String suggest(@RequestParam(required = false) @Nullable String q, Model model) {
        List<String> suggestions = List.of();
        String typed = q == null ? "" : q.strip();
        if (typed.length() >= 2 && typed.length() <= MAX_SUGGEST_INPUT) {
            try {
                suggestions = search.suggest(typed);
            } catch (UpstreamUnavailableException e) {
                suggestions = List.of();
            }
        }
        model.addAttribute("suggestions", suggestions);
        return "fragments/suggestions :: suggestions";
    }

    private String listing(ListingQuery.Parsed parsed, String path, HttpServletRequest request, Model model) {
        model.addAttribute("query", parsed.query());
        model.addAttribute("problems", parsed.problems());
        model.addAttribute("path", path);
        try {
            model.addAttribute("result", search.search(parsed.query(), properties.pageSize(), Preferences.currency(request)));
        } catch (UpstreamUnavailableException e) {
            model.addAttribute("searchUnavailable", true);
        }
        return "category";
    }
}
