package dev.emporium.web.admin.orders;

import dev.emporium.platform.money.Money;
import dev.emporium.web.admin.AdminApi;
import dev.emporium.web.admin.ApiProblem;
import dev.emporium.web.admin.Paging;
import dev.emporium.web.errors.PageNotFoundException;
import dev.emporium.web.preferences.MoneyFormat;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Parallel;
import dev.emporium.web.upstream.Pending;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Orders: the list with a status filter, and an order's page (lines, totals, status history, shipment, refunds and
 * payment's record of its payments, asked at once) with what an admin may do next: ship with a carrier, mark
 * delivered, refund in full or in part. Order decides what is allowed; a refusal is said on the page.
 */
@Controller
class OrderController {

    private static final int PAGE_SIZE = 20;

    private final AdminApi api;
    private final OrderAdminClient orders;
    private final Parallel parallel;

    OrderController(AdminApi api, OrderAdminClient orders, Parallel parallel) {
        this.api = api;
        this.orders = orders;
        this.parallel = parallel;
    }

    @GetMapping("/admin/orders")
    String list(@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable UUID customerId,
            @RequestParam(required = false) @Nullable Integer page, HttpServletRequest request, Model model) {
        String wanted = status != null && OrderAdminClient.STATUSES.contains(status) ? status : null;
        model.addAttribute("status", wanted);
        model.addAttribute("customerId", customerId);
        model.addAttribute("statuses", OrderAdminClient.STATUSES);
        model.addAttribute("pagePath", "/admin/orders?status=" + (wanted == null ? "" : wanted)
                + (customerId == null ? "" : "&customerId=" + customerId));
        try {
            AdminOrder.Page found = orders.list(api.caller(request), wanted, customerId, Paging.requested(page), PAGE_SIZE);
            model.addAttribute("orders", found.items());
            model.addAttribute("paging", Paging.of(found.page(), found.totalPages(), found.totalItems()));
        } catch (UpstreamUnavailableException e) {
            model.addAttribute("unavailable", true);
        }
        return "admin/orders";
    }

    @GetMapping("/admin/orders/{id}")
    String order(@PathVariable UUID id, HttpServletRequest request, Model model) {
        model.addAttribute("ship", ShipForm.empty());
        model.addAttribute("refund", RefundForm.empty());
        return page(id, request, model);
    }

    @PostMapping("/admin/orders/{id}/ship")
    String ship(@PathVariable UUID id, @Valid @ModelAttribute("ship") ShipForm form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        model.addAttribute("refund", RefundForm.empty());
        if (binding.hasErrors()) {
            response.setStatus(422);
            return page(id, request, model);
        }
        Answer answer = orders.ship(api.caller(request), id, form.carrier().strip());
        if (answer.ok()) {
            redirect.addFlashAttribute("done", "admin.order.shipped");
            return "redirect:/admin/orders/" + id;
        }
        ApiProblem problem = ApiProblem.of(answer);
        if (problem.errors().stream().anyMatch(error -> error.field().equals("carrier"))) {
            binding.rejectValue("carrier", "admin.ship.carrier");
        } else {
            binding.reject(answer.status() == 409 ? "admin.order.not-now" : "admin.order.refused");
        }
        response.setStatus(answer.status() == 404 ? 404 : answer.status() == 409 ? 409 : 422);
        return page(id, request, model);
    }

    @PostMapping("/admin/orders/{id}/deliver")
    String deliver(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
        Answer answer = orders.deliver(api.caller(request), id);
        if (answer.status() == 404) {
            throw new PageNotFoundException();
        }
        redirect.addFlashAttribute(answer.ok() ? "done" : "problem", answer.ok() ? "admin.order.delivered" : "admin.order.not-now");
        return "redirect:/admin/orders/" + id;
    }

    @PostMapping("/admin/orders/{id}/refund")
    String refund(@PathVariable UUID id, @Valid @ModelAttribute("refund") RefundForm form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        model.addAttribute("ship", ShipForm.empty());
        AdminApi.Caller admin = api.caller(request);
        AdminOrder order = orders.get(admin, id).orElseThrow(PageNotFoundException::new);
        if (!binding.hasErrors() && form.decimal() != null && new BigDecimal(form.decimal()).signum() <= 0) {
            binding.rejectValue("amount", "admin.refund.amount");
        }
        if (binding.hasErrors()) {
            response.setStatus(422);
            return page(id, request, model);
        }
        Answer answer = orders.refund(admin, id, form.decimal(), order.currency(), form.idempotencyKey());
        if (answer.ok()) {
            redirect.addFlashAttribute("done", form.decimal() == null ? "admin.refund.done-full" : "admin.refund.done");
            return "redirect:/admin/orders/" + id;
        }
        ApiProblem problem = ApiProblem.of(answer);
        if (problem.is("REFUND_EXCEEDS_CAPTURED")) {
            binding.rejectValue("amount", "admin.refund.exceeds", new Object[] {refundable(problem, order.currency())}, null);
        } else if (problem.is("ORDER_NOT_REFUNDABLE")) {
            binding.reject("admin.refund.not-refundable");
        } else if (problem.errors().isEmpty()) {
            binding.reject("admin.order.refused");
        } else {
            binding.rejectValue("amount", "admin.refund.amount");
        }
        response.setStatus(problem.status() == 409 ? 409 : 422);
        return page(id, request, model);
    }

    private String page(UUID id, HttpServletRequest request, Model model) {
        AdminApi.Caller admin = api.caller(request);
        Pending<AdminOrder> order = parallel.start(() -> orders.get(admin, id).orElseThrow(PageNotFoundException::new));
        Pending<List<AdminPayment>> payments = parallel.start(() -> orders.payments(admin, id));
        model.addAttribute("order", order.join());
        model.addAttribute("payments", payments.optional().orElse(null));
        model.addAttribute("carriers", ShipForm.CARRIERS);
        return "admin/order";
    }

    /** What order says may still be refunded, as the admin's language writes it. */
    private static String refundable(ApiProblem problem, String currency) {
        String amount = problem.body().path("refundable").path("amount").asString(problem.body().path("refundable").asString(""));
        try {
            return MoneyFormat.format(Money.rounded(new BigDecimal(amount), currency), LocaleContextHolder.getLocale());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
