package dev.emporium.web.admin.categories;

import dev.emporium.web.admin.AdminApi;
import dev.emporium.web.admin.ApiProblem;
import dev.emporium.web.admin.FieldErrors;
import dev.emporium.web.catalog.CategoryNode;
import dev.emporium.web.errors.PageNotFoundException;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The category tree ({@code /admin/categories}) with a form for a new category, and a category's page with its
 * rename-and-move form and its delete form (catalog deletes only a category without sub-categories or products).
 */
@Controller
class CategoryController {

    private static final Map<String, String> FIELDS = Map.of("name", "name", "slug", "slug", "parentId", "parentId");

    private final AdminApi api;
    private final CategoryAdminClient categories;
    private final CategoryChoices tree;

    CategoryController(AdminApi api, CategoryAdminClient categories, CategoryChoices tree) {
        this.api = api;
        this.categories = categories;
        this.tree = tree;
    }

    @GetMapping("/admin/categories")
    String list(Model model) {
        model.addAttribute("category", CategoryForm.empty());
        return treePage(model);
    }

    @PostMapping("/admin/categories")
    String create(@Valid @ModelAttribute("category") CategoryForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            Answer answer = categories.create(api.caller(request), form);
            if (answer.ok()) {
                redirect.addFlashAttribute("done", "admin.category.created");
                return "redirect:/admin/categories";
            }
            response.setStatus(refused(ApiProblem.of(answer), binding));
        } else {
            response.setStatus(422);
        }
        return treePage(model);
    }

    @GetMapping("/admin/categories/{id}")
    String edit(@PathVariable UUID id, Model model) {
        List<CategoryChoices.Choice> all = tree.all();
        CategoryChoices.Choice current = find(all, id).orElseThrow(PageNotFoundException::new);
        model.addAttribute("category", new CategoryForm(current.name(), current.slug(),
                current.parentId() == null ? "" : current.parentId().toString()));
        return editPage(model, current, all);
    }

    @PostMapping("/admin/categories/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("category") CategoryForm form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        List<CategoryChoices.Choice> all = tree.all();
        CategoryChoices.Choice current = find(all, id).orElseThrow(PageNotFoundException::new);
        if (!binding.hasErrors()) {
            Answer answer = categories.update(api.caller(request), id, form);
            if (answer.ok()) {
                redirect.addFlashAttribute("done", "admin.category.saved");
                return "redirect:/admin/categories/" + id;
            }
            if (answer.status() == 404) {
                throw new PageNotFoundException();
            }
            response.setStatus(refused(ApiProblem.of(answer), binding));
        } else {
            response.setStatus(422);
        }
        return editPage(model, current, all);
    }

    @PostMapping("/admin/categories/{id}/delete")
    String delete(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
        Answer answer = categories.delete(api.caller(request), id);
        if (answer.ok() || answer.status() == 404) {
            redirect.addFlashAttribute("done", "admin.category.deleted");
            return "redirect:/admin/categories";
        }
        redirect.addFlashAttribute("problem", "CATEGORY_NOT_EMPTY".equals(answer.code()) ? "admin.category.not-empty"
                : "admin.category.refused");
        return "redirect:/admin/categories/" + id;
    }

    private static int refused(ApiProblem problem, BindingResult binding) {
        if (problem.is("SLUG_TAKEN")) {
            binding.rejectValue("slug", "admin.category.slug-taken");
        } else if (problem.is("CATEGORY_CYCLE")) {
            binding.rejectValue("parentId", "admin.category.cycle");
        } else if (!FieldErrors.apply(problem, binding, "admin.category", FieldErrors.named(FIELDS))) {
            binding.reject("admin.category.refused");
        }
        return problem.status() == 409 ? 409 : 422;
    }

    private String treePage(Model model) {
        try {
            List<CategoryNode> roots = tree.tree();
            model.addAttribute("roots", roots);
            model.addAttribute("choices", CategoryChoices.flatten(roots));
        } catch (UpstreamUnavailableException e) {
            model.addAttribute("unavailable", true);
            model.addAttribute("roots", List.of());
            model.addAttribute("choices", List.of());
        }
        return "admin/categories";
    }

    private static String editPage(Model model, CategoryChoices.Choice current, List<CategoryChoices.Choice> all) {
        model.addAttribute("current", current);
        model.addAttribute("choices", all.stream().filter(choice -> !choice.id().equals(current.id())).toList());
        return "admin/category";
    }

    private static Optional<CategoryChoices.Choice> find(List<CategoryChoices.Choice> all, @Nullable UUID id) {
        return all.stream().filter(choice -> choice.id().equals(id)).findFirst();
    }
}
