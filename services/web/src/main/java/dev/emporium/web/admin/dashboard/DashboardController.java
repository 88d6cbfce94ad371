package dev.emporium.web.admin.dashboard;

import dev.emporium.web.admin.AdminApi;
import dev.emporium.web.admin.inventory.InventoryAdminClient;
import dev.emporium.web.upstream.Parallel;
import dev.emporium.web.upstream.Pending;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin portal's first page: today's orders and revenue (order) and how many SKUs are low on stock (inventory),
 * asked at once. A figure whose service does not answer says "unavailable"; the page is shown all the same.
 */
@Controller
class DashboardController {

    private final AdminApi api;
    private final TodaysOrders todaysOrders;
    private final InventoryAdminClient inventory;
    private final Parallel parallel;

    DashboardController(AdminApi api, TodaysOrders todaysOrders, InventoryAdminClient inventory, Parallel parallel) {
        this.api = api;
        this.todaysOrders = todaysOrders;
        this.inventory = inventory;
        this.parallel = parallel;
    }

    @GetMapping({"/admin", "/admin/"})
    String dashboard(HttpServletRequest request, Model model) {
        AdminApi.Caller admin = api.caller(request);
        Pending<TodaysOrders.Figures> orders = parallel.start(() -> todaysOrders.count(admin));
        Pending<Long> lowStock = parallel.start(() -> inventory.lowStock(admin, 0, 1).totalItems());
        model.addAttribute("orders", orders.optional().orElse(null));
        model.addAttribute("lowStock", lowStock.optional().orElse(null));
        return "admin/dashboard";
    }
}
