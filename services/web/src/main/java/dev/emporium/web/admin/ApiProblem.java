package dev.emporium.web.admin;

import dev.emporium.web.upstream.Answer;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A service's RFC 9457 problem as the admin pages read it: status, {@code code}, and the fields it names
 * ({@code errors: [{field, message}]}). The pages show their own text for it, in the admin's language; the
 * service's English {@code detail} is never shown.
 */
public record ApiProblem(int status, String code, List<FieldError> errors, JsonNode body) {

    public record FieldError(String field, String message) {
    }

    public static ApiProblem of(Answer answer) {
        List<FieldError> errors = new ArrayList<>();
        for (JsonNode error : answer.body().path("errors")) {
            errors.add(new FieldError(error.path("field").asString(""), error.path("message").asString("")));
        }
        return new ApiProblem(answer.status(), answer.code(), List.copyOf(errors), answer.body());
    }

    public boolean is(String problemCode) {
        return problemCode.equals(code);
    }
}
