package dev.emporium.web.admin.inventory;

import dev.emporium.web.admin.AdminApi;
import dev.emporium.web.admin.ApiProblem;
import dev.emporium.web.admin.FieldErrors;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where stock is held: the list of locations and a form for a new one. */
@Controller
class LocationController {

    private final AdminApi api;
    private final InventoryAdminClient inventory;

    LocationController(AdminApi api, InventoryAdminClient inventory) {
        this.api = api;
        this.inventory = inventory;
    }

    @GetMapping("/admin/inventory/locations")
    String locations(HttpServletRequest request, Model model) {
        model.addAttribute("location", LocationForm.empty());
        return page(request, model);
    }

    @PostMapping("/admin/inventory/locations")
    String create(@Valid @ModelAttribute("location") LocationForm form, BindingResult binding, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(422);
            return page(request, model);
        }
        Answer answer = inventory.createLocation(api.caller(request), form);
        if (answer.ok()) {
            redirect.addFlashAttribute("done", "admin.location.created");
            return "redirect:/admin/inventory/locations";
        }
        ApiProblem problem = ApiProblem.of(answer);
        if (problem.is("LOCATION_CODE_TAKEN")) {
            binding.rejectValue("code", "admin.location.code-taken");
        } else if (!FieldErrors.apply(problem, binding, "admin.location", FieldErrors.named(
                Map.of("code", "code", "name", "name", "country", "country", "priority", "priority")))) {
            binding.reject("admin.location.refused");
        }
        response.setStatus(problem.status() == 409 ? 409 : 422);
        return page(request, model);
    }

    private String page(HttpServletRequest request, Model model) {
        try {
            model.addAttribute("locations", inventory.locations(api.caller(request)));
        } catch (UpstreamUnavailableException e) {
            model.addAttribute("unavailable", true);
        }
        return "admin/locations";
    }
}
