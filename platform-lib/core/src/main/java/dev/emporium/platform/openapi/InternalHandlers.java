package dev.emporium.platform.openapi;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springdoc.core.filters.OpenApiMethodFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Keeps the handlers of {@code /internal/**} out of the public document, so that neither their operations nor the
 * schemas and tags only they use appear there: the gateway never routes them, and they have a document of their
 * own. A handler is internal when every path it is mapped to is; springdoc gives a filter the method only, so the
 * paths come from the handler mappings, read once, when the document is first built (the mappings are complete
 * by then).
 */
final class InternalHandlers implements OpenApiMethodFilter {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile Set<Method> internal;

    InternalHandlers(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /** Called for the public document only: an {@code OpenApiMethodFilter} that is not global skips the groups. */
    @Override
    public boolean isMethodToInclude(Method method) {
        return !internal().contains(method);
    }

    private Set<Method> internal() {
        Set<Method> found = internal;
        if (found == null) {
            Map<Method, Boolean> onlyInternal = new HashMap<>();
            mappings.orderedStream().forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> {
                boolean allInternal = !info.getPatternValues().isEmpty()
                        && info.getPatternValues().stream().allMatch(PlatformOpenApi::isInternal);
                onlyInternal.merge(handler.getMethod(), allInternal, Boolean::logicalAnd);
            }));
            found = onlyInternal.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                    .collect(Collectors.toUnmodifiableSet());
            internal = found;
        }
        return found;
    }
}
