package dev.emporium.web.home;

import dev.emporium.web.catalog.CatalogClient;
import dev.emporium.web.catalog.ProductPage;
import dev.emporium.web.preferences.Preferences;
import dev.emporium.web.search.ListingQuery;
import dev.emporium.web.search.SearchClient;
import dev.emporium.web.search.SearchResult;
import dev.emporium.web.upstream.Parallel;
import dev.emporium.web.upstream.Pending;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the departments, featured products (search: in stock, the finest first) and new arrivals
 * (catalog: newest first), the two asked for at once. Either may be missing (its service down): the page says so
 * in its place and shows the rest.
 */
@Controller
class HomeController {

    static final int SHOWN = 8;

    private final CatalogClient catalog;
    private final SearchClient search;
    private final Parallel parallel;

    HomeController(CatalogClient catalog, SearchClient search, Parallel parallel) {
        this.catalog = catalog;
        this.search = search;
        this.parallel = parallel;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        String currency = Preferences.currency(request);
        ListingQuery featuredQuery = new ListingQuery(null, null, List.of(), null, null, true, "price,desc", 0);
        Pending<SearchResult> featured = parallel.start(() -> search.search(featuredQuery, SHOWN, currency));
        Pending<ProductPage> newest = parallel.start(() -> catalog.products("createdAt,desc", SHOWN, currency));
        model.addAttribute("featured", featured.optional().map(SearchResult::items).orElse(null));
        model.addAttribute("newest", newest.optional().map(ProductPage::items).orElse(null));
        return "home";
    }
}
