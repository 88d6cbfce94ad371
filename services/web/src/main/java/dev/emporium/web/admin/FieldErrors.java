package dev.emporium.web.admin;

import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Puts a service's field errors ({@link ApiProblem#errors()}) on the form's fields, each with the portal's own text
 * for that field (message key {@code <prefix>.<field>}, indices left out: {@code variants[2].sku} →
 * {@code <prefix>.variants.sku}), so a German page says it in German. A field the form does not have becomes a
 * message for the whole form.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * @param toFormField the form's field for a service field, or null when the form has none
     * @return whether at least one error was put on a field
     */
    public static boolean apply(ApiProblem problem, BindingResult binding, String prefix,
            Function<String, @Nullable String> toFormField) {
        boolean placed = false;
        for (ApiProblem.FieldError error : problem.errors()) {
            String field = toFormField.apply(error.field());
            if (field == null) {
                continue;
            }
            if (binding.getFieldErrorCount(field) == 0) {
                binding.rejectValue(field, prefix + "." + field.replaceAll("\\[\\d+]", ""));
            }
            placed = true;
        }
        return placed;
    }

    /** The same fields by name, any other one left to the whole form. */
    public static Function<String, @Nullable String> named(Map<String, String> fields) {
        return fields::get;
    }
}
