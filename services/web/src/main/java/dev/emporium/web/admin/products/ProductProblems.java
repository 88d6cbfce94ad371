package dev.emporium.web.admin.products;

import dev.emporium.web.admin.ApiProblem;
import org.springframework.validation.BindingResult;

/**
 * Catalog's refusal of a product, on the form: each named field gets the portal's text for it, a stale version or a
 * taken slug their own message; anything catalog said that the form has no field for becomes a message on top.
 *
 * @return the status the page is shown with
 */
final class ProductProblems {

    private ProductProblems() {
    }

    static int show(ApiProblem problem, ProductDraft draft, BindingResult binding) {
        if (problem.status() == 412 || problem.is("STALE_VERSION")) {
            binding.reject("admin.product.stale");
            return 409;
        }
        if (problem.is("SLUG_TAKEN")) {
            binding.rejectValue("slug", "admin.product.error.slug-taken");
            return 409;
        }
        boolean unplaced = problem.errors().isEmpty();
        for (ApiProblem.FieldError error : problem.errors()) {
            if (error.field().equals("variants")) {
                binding.reject("admin.product.error.variants");
                continue;
            }
            String field = draft.formField(error.field());
            if (field == null) {
                unplaced = true;
            } else if (binding.getFieldErrorCount(field) == 0) {
                binding.rejectValue(field, code(field, error.message()));
            }
        }
        if (unplaced) {
            binding.reject("admin.product.refused");
        }
        return problem.status() == 409 ? 409 : 422;
    }

    private static String code(String field, String message) {
        String general = "admin.product.error." + field.replaceAll("\\[\\d+]", "");
        if (general.endsWith(".sku") && (message.contains("already used") || message.contains("duplicate"))) {
            return "admin.product.error.variants.sku-taken";
        }
        return general;
    }
}
