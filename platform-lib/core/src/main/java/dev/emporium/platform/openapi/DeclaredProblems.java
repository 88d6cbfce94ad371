package dev.emporium.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Carries an operation's {@link ApiProblem}s from its handler method to {@link PlatformOpenApi}, which documents them
 * together with the problems the platform itself answers with (only the handler method knows the former, only the
 * whole document the latter).
 */
final class DeclaredProblems implements GlobalOperationCustomizer {

    static final String EXTENSION = "x-emporium-declared-problems";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        ApiProblem[] problems = handlerMethod.getMethod().getAnnotationsByType(ApiProblem.class);
        if (problems.length > 0) {
            operation.addExtension(EXTENSION, List.of(problems));
        }
        return operation;
    }

    @SuppressWarnings("unchecked")
    static List<ApiProblem> takeFrom(Operation operation) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(EXTENSION)) {
            return List.of();
        }
        List<ApiProblem> problems = new ArrayList<>((List<ApiProblem>) operation.getExtensions().remove(EXTENSION));
        if (operation.getExtensions().isEmpty()) {
            operation.setExtensions(null);
        }
        return problems;
    }
}
