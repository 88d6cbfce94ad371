package dev.emporium.web.admin.inventory;

import dev.emporium.web.admin.AdminApi;
import dev.emporium.web.admin.ApiProblem;
import dev.emporium.web.admin.FieldErrors;
import dev.emporium.web.admin.Paging;
import dev.emporium.web.errors.PageNotFoundException;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Parallel;
import dev.emporium.web.upstream.Pending;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Stock: the low-stock list and a SKU finder ({@code /admin/inventory}), a SKU's stock per location with its
 * movements and the adjustment form ({@code /admin/inventory/stock/{sku}}). Locations have their own page
 * ({@link LocationController}).
 */
@Controller
class InventoryController {

    private static final int PAGE_SIZE = 20;

    private final AdminApi api;
    private final InventoryAdminClient inventory;
    private final Parallel parallel;

    InventoryController(AdminApi api, InventoryAdminClient inventory, Parallel parallel) {
        this.api = api;
        this.inventory = inventory;
        this.parallel = parallel;
    }

    @GetMapping("/admin/inventory")
    String overview(@RequestParam(required = false) @Nullable String sku, @RequestParam(required = false) @Nullable Integer page,
            HttpServletRequest request, Model model) {
        String wanted = sku == null ? "" : sku.strip();
        if (wanted.matches(InventoryAdminClient.SKU)) {
            return "redirect:/admin/inventory/stock/" + UriUtils.encodePathSegment(wanted, "UTF-8");
        }
        model.addAttribute("sku", wanted);
        model.addAttribute("skuInvalid", !wanted.isEmpty());
        try {
            InventoryViews.LowStockPage low = inventory.lowStock(api.caller(request), Paging.requested(page), PAGE_SIZE);
            model.addAttribute("lowStock", low.items());
            model.addAttribute("paging", Paging.of(low.page(), low.totalPages(), low.totalItems()));
        } catch (UpstreamUnavailableException e) {
            model.addAttribute("unavailable", true);
        }
        return "admin/inventory";
    }

    @GetMapping("/admin/inventory/stock/{sku}")
    String stock(@PathVariable String sku, @RequestParam(required = false) @Nullable Integer page, HttpServletRequest request,
            Model model) {
        model.addAttribute("adjustment", AdjustmentForm.empty());
        return stockPage(sku, Paging.requested(page), request, model);
    }

    @PostMapping("/admin/inventory/stock/{sku}/adjustments")
    String adjust(@PathVariable String sku, @Valid @ModelAttribute("adjustment") AdjustmentForm form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        requireSku(sku);
        if (binding.hasErrors()) {
            response.setStatus(422);
            return stockPage(sku, 0, request, model);
        }
        if (form.delta() == 0) {
            binding.rejectValue("delta", "admin.adjustment.delta");
            response.setStatus(422);
            return stockPage(sku, 0, request, model);
        }
        Answer answer = inventory.adjust(api.caller(request), sku, form.delta(), form.reason(), form.locationId(), form.reference());
        if (answer.ok()) {
            redirect.addFlashAttribute("done", "admin.adjustment.done");
            return "redirect:/admin/inventory/stock/" + UriUtils.encodePathSegment(sku, "UTF-8");
        }
        if (answer.status() == 404) {
            throw new PageNotFoundException();
        }
        ApiProblem problem = ApiProblem.of(answer);
        if (problem.is("STOCK_BELOW_RESERVED")) {
            binding.reject("admin.adjustment.below-reserved");
        } else if (!FieldErrors.apply(problem, binding, "admin.adjustment", FieldErrors.named(
                Map.of("delta", "delta", "reason", "reason", "locationId", "locationId", "reference", "reference")))) {
            binding.reject("admin.adjustment.refused");
        }
        response.setStatus(problem.status() == 409 ? 409 : 422);
        return stockPage(sku, 0, request, model);
    }

    private String stockPage(String sku, int page, HttpServletRequest request, Model model) {
        requireSku(sku);
        AdminApi.Caller admin = api.caller(request);
        Pending<InventoryViews.Stock> stock = parallel.start(() -> inventory.stock(admin, sku).orElseThrow(PageNotFoundException::new));
        Pending<InventoryViews.Movements> movements = parallel.start(() -> inventory.movements(admin, sku, page, PAGE_SIZE));
        Pending<List<InventoryViews.Location>> locations = parallel.start(() -> inventory.locations(admin));
        model.addAttribute("stock", stock.join());
        movements.optional().ifPresent(found -> {
            model.addAttribute("movements", found.items());
            model.addAttribute("paging", Paging.of(found.page(), found.totalPages(), found.totalItems()));
        });
        List<InventoryViews.Location> known = locations.optional().orElse(List.of());
        model.addAttribute("locations", known);
        model.addAttribute("locationCodes", known.stream().collect(Collectors.toMap(InventoryViews.Location::id,
                InventoryViews.Location::code)));
        model.addAttribute("reasons", InventoryAdminClient.REASONS);
        return "admin/stock";
    }

    private static void requireSku(String sku) {
        if (!sku.matches(InventoryAdminClient.SKU)) {
            throw new PageNotFoundException();
        }
    }
}
