package dev.emporium.identity.client;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Reads a token request as RFC 6749 has it: form-encoded body, each parameter once, one client authentication. */
@Component
class TokenRequests {

    static final String CLIENT_CREDENTIALS = "client_credentials";
    private static final String BASIC = "Basic ";

    record Parsed(String clientId, String clientSecret, String grantType, String scope) {
    }

    Parsed parse(HttpServletRequest request) {
        if (request.getQueryString() != null) {
            throw TokenError.invalidRequest("Parameters go in the form-encoded body, not in the URL");
        }
        if (!isForm(request.getContentType())) {
            throw TokenError.invalidRequest("The body must be application/x-www-form-urlencoded");
        }
        Map<String, String[]> parameters = request.getParameterMap();
        parameters.forEach((name, values) -> {
            if (values.length > 1) {
                throw TokenError.invalidRequest("The parameter " + name + " is repeated");
            }
        });
        String clientId = single(parameters, "client_id");
        String clientSecret = single(parameters, "client_secret");
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (clientSecret != null) {
                throw TokenError.invalidRequest("Use one client authentication method: HTTP Basic or client_secret in the body");
            }
            String[] basic = basicCredentials(authorization);
            if (clientId != null && !clientId.equals(basic[0])) {
                throw TokenError.invalidRequest("client_id differs from the one in the Authorization header");
            }
            clientId = basic[0];
            clientSecret = basic[1];
        }
        if (clientId == null || clientSecret == null) {
            throw TokenError.invalidClient();
        }
        return new Parsed(clientId, clientSecret, single(parameters, "grant_type"), single(parameters, "scope"));
    }

    void requireClientCredentialsGrant(Parsed request) {
        if (request.grantType() == null || request.grantType().isEmpty()) {
            throw TokenError.invalidRequest("grant_type is required");
        }
        if (!CLIENT_CREDENTIALS.equals(request.grantType())) {
            throw TokenError.unsupportedGrantType();
        }
    }

    /** Those asked for, each allowed to the client; none asked for means all it is allowed. */
    List<String> grantedScopes(Parsed request, ServiceClientRegistry.Client client) {
        List<String> asked = request.scope() == null ? List.of()
                : Arrays.stream(request.scope().split(" ")).filter(scope -> !scope.isEmpty()).distinct().toList();
        if (asked.isEmpty()) {
            return client.scopes();
        }
        asked.stream().filter(scope -> !client.scopes().contains(scope)).findFirst().ifPresent(scope -> {
            throw TokenError.invalidScope(scope);
        });
        return asked;
    }

    /** RFC 6749 §2.3.1: base64 of the form-encoded id, a colon, the form-encoded secret. */
    private static String[] basicCredentials(String authorization) {
        if (!authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            throw TokenError.invalidClient();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw TokenError.invalidClient();
            }
            return new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
        } catch (IllegalArgumentException e) {
            throw TokenError.invalidClient();
        }
    }

    private static boolean isForm(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }
}
