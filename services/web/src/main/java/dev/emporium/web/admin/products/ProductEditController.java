package dev.emporium.web.admin.products;

import dev.emporium.web.admin.AdminApi;
import dev.emporium.web.admin.ApiProblem;
import dev.emporium.web.admin.categories.CategoryChoices;
import dev.emporium.web.errors.PageNotFoundException;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Making and changing a product: one form with its variants, prices per currency and status, posted whole (it
 * works without JavaScript; "more rows" posts the form back with an empty row added, writing nothing). An edit
 * carries the version it was shown with: a product someone changed since is not overwritten, the form says so.
 * Archiving is a form of its own, with the version too.
 */
@Controller
class ProductEditController {

    private final AdminApi api;
    private final ProductAdminClient products;
    private final CategoryChoices categories;

    ProductEditController(AdminApi api, ProductAdminClient products, CategoryChoices categories) {
        this.api = api;
        this.products = products;
        this.categories = categories;
    }

    @GetMapping("/admin/products/new")
    String newProduct(Model model) {
        model.addAttribute("form", ProductForm.empty());
        return page(model, null);
    }

    @PostMapping("/admin/products")
    String create(@ModelAttribute("form") ProductForm form, BindingResult binding, @RequestParam(required = false) @Nullable String more,
            @RequestParam(name = "key", required = false) @Nullable String key, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (more != null) {
            return page(replaceForm(model, form.withMoreRows()), null);
        }
        ProductDraft draft = ProductDraft.of(form, binding);
        if (binding.hasErrors()) {
            response.setStatus(422);
            return page(model, null);
        }
        String idempotencyKey = key != null && key.matches("[0-9a-f-]{36}") ? key : UUID.randomUUID().toString();
        Answer answer = products.create(api.caller(request), draft.body(), idempotencyKey);
        if (answer.ok()) {
            redirect.addFlashAttribute("done", "admin.product.created");
            return "redirect:/admin/products/" + answer.body().path("id").asString();
        }
        response.setStatus(ProductProblems.show(ApiProblem.of(answer), draft, binding));
        return page(model, null);
    }

    @GetMapping("/admin/products/{id}")
    String edit(@PathVariable UUID id, HttpServletRequest request, Model model) {
        AdminProduct product = products.get(api.caller(request), id).orElseThrow(PageNotFoundException::new);
        model.addAttribute("form", ProductForm.of(product));
        return page(model, product);
    }

    @PostMapping("/admin/products/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") ProductForm form, BindingResult binding,
            @RequestParam(required = false) @Nullable String more, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        AdminApi.Caller admin = api.caller(request);
        AdminProduct product = products.get(admin, id).orElseThrow(PageNotFoundException::new);
        if (more != null) {
            return page(replaceForm(model, form.withMoreRows()), product);
        }
        ProductDraft draft = ProductDraft.of(form, binding);
        if (form.version() == null) {
            binding.reject("admin.product.stale");
        }
        if (binding.hasErrors()) {
            response.setStatus(422);
            return page(model, product);
        }
        Answer answer = products.replace(admin, id, form.version(), draft.body());
        if (answer.ok()) {
            redirect.addFlashAttribute("done", "admin.product.saved");
            return "redirect:/admin/products/" + id;
        }
        if (answer.status() == 404) {
            throw new PageNotFoundException();
        }
        response.setStatus(ProductProblems.show(ApiProblem.of(answer), draft, binding));
        return page(model, product);
    }

    @PostMapping("/admin/products/{id}/archive")
    String archive(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version, HttpServletRequest request,
            RedirectAttributes redirect) {
        Answer answer = version == null ? null : products.archive(api.caller(request), id, version);
        if (answer != null && answer.status() == 404) {
            throw new PageNotFoundException();
        }
        redirect.addFlashAttribute(answer != null && answer.ok() ? "done" : "problem",
                answer != null && answer.ok() ? "admin.product.archived" : "admin.product.stale");
        return "redirect:/admin/products/" + id;
    }

    private String page(Model model, @Nullable AdminProduct product) {
        model.addAttribute("product", product);
        model.addAttribute("statuses", ProductListController.STATUSES);
        model.addAttribute("key", UUID.randomUUID().toString());
        try {
            model.addAttribute("categories", categories.all());
        } catch (UpstreamUnavailableException e) {
            model.addAttribute("categories", List.of());
        }
        return "admin/product-form";
    }

    /** The form shown instead of the one posted (a row added): a binding of its own, since the posted one has fewer rows. */
    private static Model replaceForm(Model model, ProductForm form) {
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
        return model;
    }
}
