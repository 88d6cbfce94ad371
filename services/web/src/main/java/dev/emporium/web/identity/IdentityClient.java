package dev.emporium.web.identity;

import dev.emporium.platform.api.HeaderNames;
import dev.emporium.web.upstream.Answer;
import dev.emporium.web.upstream.Upstream;
import dev.emporium.web.upstream.UpstreamUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Identity's sign-up, sign-in, refresh and sign-out. Sign-in sends the shopper's address in {@code X-Forwarded-For}
 * (the one the gateway decided, which the storefront received the same way): identity throttles failed sign-ins per
 * account and address, and would otherwise count every shopper's failures against the storefront's own address.
 */
@Component
public class IdentityClient {

    private final Upstream identity;

    IdentityClient(Upstream identityApi) {
        this.identity = identityApi;
    }

    public SignInResult signIn(String email, String password, String clientAddress) {
        Answer answer = identity.post("/api/v1/auth/login").header(HeaderNames.FORWARDED_FOR, clientAddress)
                .json(Map.of("email", email, "password", password)).send();
        if (answer.ok()) {
            return new SignInResult.SignedIn(answer.as(TokenPair.class));
        }
        if (answer.status() == 429) {
            return new SignInResult.Throttled();
        }
        if (answer.status() == 401 || answer.status() == 400) {
            return new SignInResult.Refused();
        }
        throw new UpstreamUnavailableException(identity.service(), "sign-in answered " + answer.status(), null);
    }

    public RegistrationResult register(String name, String email, String password) {
        Answer answer = identity.post("/api/v1/auth/register")
                .json(Map.of("name", name, "email", email, "password", password)).send();
        if (answer.status() == 201 || answer.status() == 200) {
            return new RegistrationResult.Registered();
        }
        if (answer.status() == 409) {
            return new RegistrationResult.EmailTaken();
        }
        if (answer.status() == 400) {
            List<String> fields = new ArrayList<>();
            for (JsonNode error : answer.body().path("errors")) {
                fields.add(error.path("field").asString(""));
            }
            return new RegistrationResult.Invalid(fields);
        }
        throw new UpstreamUnavailableException(identity.service(), "registration answered " + answer.status(), null);
    }

    /** A new pair for the refresh token; empty when identity refuses it (spent, revoked or expired). */
    Optional<TokenPair> refresh(String refreshToken) {
        Answer answer = identity.post("/api/v1/auth/refresh").json(Map.of("refreshToken", refreshToken)).send();
        if (answer.ok()) {
            return Optional.of(answer.as(TokenPair.class));
        }
        if (answer.status() == 401 || answer.status() == 400) {
            return Optional.empty();
        }
        throw new UpstreamUnavailableException(identity.service(), "refresh answered " + answer.status(), null);
    }

    /** Ends the customer's session at identity: its refresh tokens stop working. */
    void signOut(String accessToken) {
        identity.post("/api/v1/auth/logout").bearer(accessToken).send();
    }

    public sealed interface SignInResult {
        record SignedIn(TokenPair tokens) implements SignInResult {
        }

        /** Wrong email or password (identity does not say which). */
        record Refused() implements SignInResult {
        }

        /** Too many failed attempts: wait. */
        record Throttled() implements SignInResult {
        }
    }

    public sealed interface RegistrationResult {
        record Registered() implements RegistrationResult {
        }

        record EmailTaken() implements RegistrationResult {
        }

        /** Identity refused these fields (the storefront checks the same rules first, so rarely). */
        record Invalid(List<String> fields) implements RegistrationResult {
        }
    }
}
