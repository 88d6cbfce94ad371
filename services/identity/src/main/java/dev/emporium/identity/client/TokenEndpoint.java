package dev.emporium.identity.client;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth2 token endpoint for services (client-credentials grant only). The gateway does not route it: services
 * call identity on its own address ({@code emporium.services.identity.url}).
 */
@RestController
@Tag(name = "Service tokens", description = """
        OAuth 2.0 client-credentials tokens for services calling each other's `/internal/**` endpoints. Not reachable \
        through the gateway: services call identity directly. Clients and their scopes are configured, not managed \
        through the API.""")
class TokenEndpoint {

    static final String PATH = "/oauth2/token";
    static final String CHALLENGE = "Basic realm=\"emporium-identity\", charset=\"UTF-8\"";
    private static final Logger log = LoggerFactory.getLogger(TokenEndpoint.class);

    private final TokenRequests requests;
    private final ServiceClientRegistry registry;
    private final ServiceTokenIssuer issuer;

    TokenEndpoint(TokenRequests requests, ServiceClientRegistry registry, ServiceTokenIssuer issuer) {
        this.requests = requests;
        this.registry = registry;
        this.issuer = issuer;
    }

    @PostMapping(value = PATH, produces = "application/json")
    @Operation(operationId = "issueServiceToken", summary = "Issue a service token (client credentials)", description = """
            RFC 6749 §4.4: a service authenticates with its client id and secret, by HTTP Basic (id and secret each \
            form-encoded, RFC 6749 §2.3.1) or as `client_id` and `client_secret` in the body (one method, not both), \
            and gets a short-lived RS256 JWT: `sub` and `client_id` are its name, `token_use` is `service`, `scope` \
            the granted scopes. Asking for no `scope` grants every scope the client may have. Only services' \
            `/internal/**` endpoints accept these tokens, and they accept no other. Errors are OAuth's JSON \
            (`error`, `error_description`, RFC 6749 §5.2), not problems, as OAuth clients expect.""",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/x-www-form-urlencoded",
                    schema = @Schema(implementation = TokenRequestForm.class))))
    @ApiResponse(responseCode = "200", description = "The token.",
            headers = @Header(name = "Cache-Control", description = "`no-store`", schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "400", description = "`invalid_request` (a parameter missing or repeated, parameters in "
            + "the URL, a body that is not form-encoded, two authentication methods), `unsupported_grant_type` (not "
            + "`client_credentials`) or `invalid_scope` (a scope this client may not have).",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenError.class)))
    @ApiResponse(responseCode = "401", description = "`invalid_client`: no credentials, an unknown client or a wrong secret "
            + "(the same answer for each).",
            headers = @Header(name = "WWW-Authenticate", description = "`Basic realm=\"emporium-identity\", charset=\"UTF-8\"`",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenError.class)))
    ResponseEntity<Object> token(HttpServletRequest request) {
        try {
            TokenRequests.Parsed parsed = requests.parse(request);
            ServiceClientRegistry.Client client = registry.authenticate(parsed.clientId(), parsed.clientSecret())
                    .orElseThrow(() -> {
                        log.warn("Service token refused: client authentication failed for {} from {}",
                                registry.clients().containsKey(parsed.clientId()) ? "client '" + parsed.clientId() + "'"
                                        : "an unknown client id", request.getRemoteAddr());
                        return TokenError.invalidClient();
                    });
            requests.requireClientCredentialsGrant(parsed);
            List<String> scopes = requests.grantedScopes(parsed, client);
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache")
                    .body(issuer.issue(parsed.clientId(), scopes));
        } catch (TokenError.Failure failure) {
            ResponseEntity.BodyBuilder response = ResponseEntity.status(failure.status).cacheControl(CacheControl.noStore())
                    .header(HttpHeaders.PRAGMA, "no-cache");
            if (failure.status == HttpStatus.UNAUTHORIZED) {
                response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
            }
            return response.body(failure.body);
        }
    }

    /** Describes the form body for the API document; the endpoint reads the parameters itself. */
    @Schema(name = "ServiceTokenRequest", description = "RFC 6749 §4.4.2, form-encoded.")
    record TokenRequestForm(
            @Schema(description = "Always `client_credentials`.", example = "client_credentials",
                    requiredMode = Schema.RequiredMode.REQUIRED) String grant_type,
            @Schema(description = "Space-separated scopes to ask for; omitted, every scope the client may have.",
                    example = "inventory:reserve") String scope,
            @Schema(description = "The client id (the service's name), unless sent by HTTP Basic.", example = "checkout")
            String client_id,
            @Schema(description = "The client secret, unless sent by HTTP Basic.", example = "kq3…") String client_secret) {
    }
}
