package dev.emporium.platform.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The scopes a service's internal endpoints require. Everything under {@code /internal/**} is for services only:
 * a request there needs a service token (identity's client-credentials token) holding the scope a rule of this
 * kind names; a user's token is refused (403), and so is an internal path no rule names, whatever token it
 * carries. Declare one bean (or several) per service:
 *
 * <pre>{@code
 * @Bean
 * InternalScopes reservationScopes() {
 *     return InternalScopes.require("inventory:reserve", "/internal/inventory/reservations/**");
 * }
 * }</pre>
 *
 * These rules are applied before any {@link HttpAuthorizationRules}, so no rule of a service can open an internal
 * path to users or to the public.
 */
public final class InternalScopes {

    /** @param pattern a Spring path pattern under {@code /internal/} */
    public record Rule(String scope, String pattern) {
    }

    private final List<Rule> rules;

    private InternalScopes(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Requests to any of these paths need a service token with this scope. */
    public static InternalScopes require(String scope, String... patterns) {
        return new InternalScopes(List.of()).and(scope, patterns);
    }

    public InternalScopes and(String scope, String... patterns) {
        if (scope == null || scope.isBlank() || scope.contains(" ")) {
            throw new IllegalArgumentException("A scope is one non-blank word: '" + scope + "'");
        }
        List<Rule> all = new ArrayList<>(rules);
        for (String pattern : patterns) {
            if (!pattern.startsWith(ServiceTokenAuthorization.INTERNAL_PREFIX)) {
                throw new IllegalArgumentException("Internal endpoints live under /internal/: " + pattern);
            }
            all.add(new Rule(scope, pattern));
        }
        return new InternalScopes(all);
    }

    public List<Rule> rules() {
        return rules;
    }
}
