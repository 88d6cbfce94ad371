package dev.emporium.platform.openapi;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.platform.api.PublicPaths;
import dev.emporium.platform.security.InternalScopes;
import dev.emporium.platform.openapi.PlatformProblems.Access;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Makes every service's OpenAPI documents contracts of the same shape: the service's title and version, the
 * gateway as server, the bearer-JWT scheme and who may call each operation (from the same {@link PublicPaths} the
 * security rules use), the {@code X-Request-Id} header, the shared parameters with their limits, and every problem
 * an operation can answer with.
 *
 * <p>A service has up to two documents, each customised by its own instance: the public one ({@code /v3/api-docs},
 * what the gateway shows), which never holds {@code /internal/**}, and the internal one
 * ({@code /v3/api-docs/internal}, services only), which holds nothing else. Neither is a
 * {@code GlobalOpenApiCustomizer}, since those run on every document and could not tell them apart.
 */
final class PlatformOpenApi implements OpenApiCustomizer {

    /** Which of a service's documents an instance customises. */
    enum Audience {
        /** Clients through the gateway: everything but {@code /internal/**}. */
        PUBLIC,
        /** Other services, on this service's own address: {@code /internal/**} only. */
        INTERNAL
    }

    static final String BEARER = "bearerAuth";
    static final String SERVICE_TOKEN = "serviceToken";
    static final String SERVICE_CLIENT = "serviceClient";
    static final String PROBLEM_SCHEMA = "Problem";
    private static final String JSON = "application/json";
    private static final String INTERNAL_PREFIX = "/internal/";
    private static final String INTERNAL_DESCRIPTION = "The endpoints other services call on this service's own "
            + "address, under `/internal/**`. The gateway never routes them, and each needs a service token (identity's "
            + "client-credentials token) with the scope it names; users' tokens are refused.";
    private static final String OAUTH = "/oauth2/";
    private static final List<PathPattern> PUBLIC_READS = patterns(PublicPaths.READS);
    private static final List<PathPattern> PUBLIC_POSTS = patterns(PublicPaths.AUTH_POSTS);
    private static final List<PathPattern> GUEST_CART = patterns(PublicPaths.GUEST_CART);
    private static final List<PathPattern> PAYMENT_PROVIDERS = patterns(PublicPaths.PAYMENT_PROVIDERS);

    private final OpenApiProperties properties;
    private final List<InternalScopes.Rule> internalRules;
    private final Audience audience;

    PlatformOpenApi(OpenApiProperties properties, List<InternalScopes.Rule> internalRules, Audience audience) {
        this.properties = properties;
        this.internalRules = List.copyOf(internalRules);
        this.audience = audience;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() != null) {
            // The documents' handler filters keep them apart already; a handler mapped both inside and outside
            // /internal/** would still bring its other paths along, and this leaves each where it belongs.
            openApi.getPaths().keySet().removeIf(path -> isInternal(path) != (audience == Audience.INTERNAL));
        }
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        if (audience == Audience.PUBLIC) {
            openApi.setInfo(new Info().title(properties.title()).version(properties.version()).description(properties.description()));
            openApi.setServers(List.of(new Server().url("/")
                    .description("The API gateway (http://localhost:8080 when started with `./platform up`)")));
            components.addSecuritySchemes(BEARER, bearerScheme());
        } else {
            OpenApiProperties.Internal internal = properties.internal();
            openApi.setInfo(new Info().title(properties.title() + " (internal)").version(internal.version())
                    .description(internal.description().isBlank() ? INTERNAL_DESCRIPTION : internal.description()));
            openApi.setServers(List.of(new Server().url("/").description("This service's own address "
                    + "(`emporium.services.<name>.url`); the gateway does not route `/internal/**`")));
        }
        openApi.setComponents(components
                .addSchemas(PROBLEM_SCHEMA, ProblemSchema.problem())
                .addSchemas(ProblemSchema.FIELD_ERROR, ProblemSchema.fieldError())
                .addHeaders(HeaderNames.REQUEST_ID, new Header().description("The request's id (the client's, when sane, else generated).")
                        .schema(Schemas.of("string"))));
        if (openApi.getTags() != null) {
            openApi.getTags().sort(java.util.Comparator.comparing(io.swagger.v3.oas.models.tags.Tag::getName));
        }
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    document(path, method, operation, components)));
            // The service-to-service schemes only where such operations exist.
            if (openApi.getPaths().keySet().stream().anyMatch(PlatformOpenApi::isInternal)) {
                components.addSecuritySchemes(SERVICE_TOKEN, serviceTokenScheme());
            }
            if (openApi.getPaths().keySet().stream().anyMatch(path -> path.startsWith(OAUTH))) {
                components.addSecuritySchemes(SERVICE_CLIENT, serviceClientScheme());
            }
        }
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation, Components components) {
        Access access = accessOf(path, method);
        operation.setSecurity(securityOf(access));
        operation.setDescription(withAccessNote(operation.getDescription(), access, path));
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        parameters.forEach(KnownParameters::describe);
        parameters.add(KnownParameters.requestId());
        operation.setParameters(parameters);
        ProblemResponses problems = new ProblemResponses();
        DeclaredProblems.takeFrom(operation).forEach(declared -> {
            for (String code : declared.codes()) {
                problems.add(declared.status(), code, declared.when());
            }
        });
        PlatformProblems.addTo(problems, path, operation, access);
        problems.addTo(operation, components);
        operation.getResponses().values().forEach(response -> {
            if (response.get$ref() != null) {
                return;
            }
            response.addHeaderObject(HeaderNames.REQUEST_ID, new Header().$ref("#/components/headers/" + HeaderNames.REQUEST_ID));
            if (response.getContent() != null && response.getContent().containsKey("*/*")) {
                MediaType body = response.getContent().get("*/*");
                response.setContent(new Content().addMediaType(JSON, body));
            }
        });
    }

    /** Whether a documented path is one of the service-to-service endpoints, {@code /internal/**}. */
    static boolean isInternal(String path) {
        return path.startsWith(INTERNAL_PREFIX);
    }

    static Access accessOf(String path, PathItem.HttpMethod method) {
        PathContainer container = PathContainer.parsePath(path);
        if (path.startsWith("/api/v1/admin/")) {
            return Access.ADMIN;
        }
        if (isInternal(path)) {
            return Access.SERVICE;
        }
        if (path.startsWith(OAUTH)) {
            return Access.OAUTH_CLIENT;
        }
        if ((method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD)
                && PUBLIC_READS.stream().anyMatch(pattern -> pattern.matches(container))) {
            return Access.TOKEN_OPTIONAL;
        }
        if (GUEST_CART.stream().anyMatch(pattern -> pattern.matches(container))) {
            return Access.TOKEN_OPTIONAL; // a guest's cart without a token, the customer's with one
        }
        if (PAYMENT_PROVIDERS.stream().anyMatch(pattern -> pattern.matches(container))) {
            return Access.PUBLIC; // signed by the provider instead
        }
        if (method == PathItem.HttpMethod.POST && PUBLIC_POSTS.stream().anyMatch(pattern -> pattern.matches(container))) {
            return Access.PUBLIC;
        }
        return Access.SIGNED_IN;
    }

    /** Public reads accept a token (an admin sees more), sign-up and sign-in need none, the rest need one. */
    private static List<SecurityRequirement> securityOf(Access access) {
        return switch (access) {
            case PUBLIC -> List.of();
            case TOKEN_OPTIONAL -> List.of(new SecurityRequirement(), new SecurityRequirement().addList(BEARER));
            case SIGNED_IN, ADMIN -> List.of(new SecurityRequirement().addList(BEARER));
            case SERVICE -> List.of(new SecurityRequirement().addList(SERVICE_TOKEN));
            case OAUTH_CLIENT -> List.of(new SecurityRequirement().addList(SERVICE_CLIENT));
        };
    }

    private String withAccessNote(String description, Access access, String path) {
        String note = switch (access) {
            case SERVICE -> "**Access:** services only, on this service's own address (the gateway does not route "
                    + "`/internal/**`): a service token" + scopeOf(path).map(scope -> " with the scope `" + scope + "`").orElse("")
                    + "; a user's token is refused.";
            case OAUTH_CLIENT -> "**Access:** services only, on identity's own address (the gateway does not route it): "
                    + "the service's client id and secret.";
            case PUBLIC -> "**Access:** public, no token.";
            case TOKEN_OPTIONAL -> "**Access:** public; a token is optional.";
            case SIGNED_IN -> "**Access:** any signed-in user (bearer token).";
            case ADMIN -> "**Access:** the ADMIN role (bearer token).";
        };
        return description == null || description.isBlank() ? note : description + "\n\n" + note;
    }

    /** The scope an {@link InternalScopes} rule requires on this documented path, if one matches it. */
    private java.util.Optional<String> scopeOf(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return internalRules.stream().filter(rule -> PathPatternParser.defaultInstance.parse(rule.pattern()).matches(container))
                .map(InternalScopes.Rule::scope).findFirst();
    }

    private static SecurityScheme serviceTokenScheme() {
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A service's token from identity's `POST /oauth2/token` (client credentials), with the "
                        + "scopes the operation names. End users' tokens are refused.");
    }

    private static SecurityScheme serviceClientScheme() {
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A service's client id and secret (each form-encoded, RFC 6749 §2.3.1); or `client_id` and "
                        + "`client_secret` in the form body instead.");
    }

    private static SecurityScheme bearerScheme() {
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token from `POST /api/v1/auth/login` (`accessToken`), valid 15 minutes; renew it "
                        + "with `POST /api/v1/auth/refresh`. In Swagger UI: Authorize, paste the token.");
    }

    private static List<PathPattern> patterns(List<String> paths) {
        return paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }
}
