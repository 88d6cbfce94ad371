package dev.emporium.web.admin.products;

import dev.emporium.web.admin.AdminApi;
import dev.emporium.web.admin.Paging;
import dev.emporium.web.admin.categories.CategoryChoices;
import dev.emporium.web.upstream.Parallel;
import dev.emporium.web.upstream.Pending;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The product list: words, category and status filters (a plain GET form; htmx, where it runs, swaps only the
 * results as the filters change) and pages.
 */
@Controller
class ProductListController {

    static final List<String> STATUSES = List.of("ACTIVE", "DRAFT", "ARCHIVED");

    private final AdminApi api;
    private final ProductFinder finder;
    private final CategoryChoices categories;
    private final Parallel parallel;

    ProductListController(AdminApi api, ProductFinder finder, CategoryChoices categories, Parallel parallel) {
        this.api = api;
        this.finder = finder;
        this.categories = categories;
        this.parallel = parallel;
    }

    @GetMapping("/admin/products")
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable Integer page,
            HttpServletRequest request, Model model) {
        String words = q == null ? "" : q.strip();
        if (words.length() > 200) {
            words = words.substring(0, 200);
        }
        String wantedStatus = status != null && STATUSES.contains(status) ? status : "ACTIVE";
        String wantedCategory = category == null || category.isBlank() || !category.matches("[A-Za-z0-9-]{1,200}") ? null : category;
        AdminApi.Caller admin = api.caller(request);
        Pending<List<CategoryChoices.Choice>> choices = parallel.start(categories::all);
        String filterWords = words;
        Pending<ProductFinder.Found> found = parallel.start(() -> finder.find(admin, filterWords, wantedStatus, wantedCategory,
                Paging.requested(page)));
        model.addAttribute("q", words);
        model.addAttribute("category", wantedCategory);
        model.addAttribute("status", wantedStatus);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("categories", choices.optional().orElse(List.of()));
        try {
            ProductFinder.Found products = found.join();
            model.addAttribute("products", products.items());
            model.addAttribute("partial", products.partial());
            model.addAttribute("paging", Paging.of(products.page(), products.totalPages(), products.totalItems()));
            model.addAttribute("pagePath", UriComponentsBuilder.fromPath("/admin/products").queryParam("q", "{q}")
                    .queryParam("category", "{category}").queryParam("status", "{status}").encode()
                    .buildAndExpand(words, wantedCategory == null ? "" : wantedCategory, wantedStatus).toUriString());
        } catch (UpstreamUnavailableException e) {
            model.addAttribute("unavailable", true);
        }
        return "admin/products";
    }
}
