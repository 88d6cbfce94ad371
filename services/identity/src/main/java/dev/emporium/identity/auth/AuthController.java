package dev.emporium.identity.auth;

import dev.emporium.identity.user.User;
import dev.emporium.identity.user.UserRegistration;
import dev.emporium.platform.api.TokenClaims;
import dev.emporium.platform.openapi.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = """
        Sign up, sign in and out, and renew tokens. A login opens a session: a 15-minute access token (JWT) to send \
        as `Authorization: Bearer`, and a single-use refresh token that `refresh` exchanges for a new pair until the \
        session ends (logout, reuse of a spent refresh token, or 90 days after the login).""")
class AuthController {

    /** Replaces the platform's explanation of RATE_LIMITED, so it names both causes. */
    private static final String RATE_LIMITED_OR_BUSY = "the gateway's rate limit for this client is spent, or too many passwords are "
            + "being hashed at once (nothing was done); `Retry-After` says when to retry";

    private final UserRegistration registration;
    private final Authentication authentication;

    AuthController(UserRegistration registration, Authentication authentication) {
        this.registration = registration;
        this.authentication = authentication;
    }

    @PostMapping("/register")
    @Operation(operationId = "registerCustomer", summary = "Create a customer account", description = """
            Creates an account with the role `CUSTOMER`. It does not sign in: call `POST /api/v1/auth/login` next. \
            Emails are unique case-insensitively; the first admin's configured email (`admin@emporium.local` by \
            default) is always taken.""")
    @ApiResponse(responseCode = "201", description = "The account was created.",
            headers = @Header(name = "Location", description = "`/api/v1/users/me`: where the account is read once signed in.",
                    schema = @Schema(type = "string")))
    @ApiProblem(status = 409, codes = "EMAIL_TAKEN",
            when = "an account with this email exists already (in any case), or the email is reserved for the first admin")
    @ApiProblem(status = 429, codes = "RATE_LIMITED", when = RATE_LIMITED_OR_BUSY)
    ResponseEntity<Registered> register(@Valid @RequestBody RegisterRequest request) {
        User user = registration.registerCustomer(request.email(), request.password(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/users/me"))
                .body(new Registered(user.id(), user.email(), user.name(), user.roles()));
    }

    /**
     * The client address is the TCP peer, or the address the gateway forwarded (Tomcat's RemoteIpValve believes
     * {@code X-Forwarded-For} only from the gateway, see platform-core's defaults).
     */
    @PostMapping("/login")
    @Operation(operationId = "logIn", summary = "Sign in", description = """
            Checks the email (any case) and password and opens a session: an access token valid 15 minutes and a \
            refresh token. An unknown email gets the same answer, after the same time, as a wrong password.

            Failed attempts are throttled per client address (the one the gateway sees), without locking the owner \
            out from elsewhere (default limits, 15-minute windows):
            - 5 failures on one account from one address block that account from that address for 15 minutes \
            (`429 TOO_MANY_LOGIN_ATTEMPTS`, even with the right password);
            - 30 failures from one address, on any accounts, block that address for 15 minutes;
            - after 10 failures on one account from anywhere, each login of that account is answered more slowly \
            (250 ms, doubling with each further failure, at most 4 s) rather than refused.

            A refused attempt checks no password and does not count; a successful login clears the failures of its \
            account from its address.""")
    @ApiResponse(responseCode = "200", description = "Signed in: the session's tokens.")
    @ApiProblem(status = 401, codes = "INVALID_CREDENTIALS", when = "the email or the password is wrong (the same answer for an unknown email)")
    @ApiProblem(status = 429, codes = "TOO_MANY_LOGIN_ATTEMPTS",
            when = "too many failed logins from this address (for this account, or in all); no password was checked. "
                    + "`Retry-After` and the body's `retryAfterSeconds` say when to try again")
    @ApiProblem(status = 429, codes = "RATE_LIMITED", when = RATE_LIMITED_OR_BUSY)
    Authentication.TokenPair login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return authentication.login(request.email(), request.password(), http.getRemoteAddr());
    }

    @PostMapping("/refresh")
    @Operation(operationId = "refreshTokens", summary = "Renew the tokens", description = """
            Exchanges a refresh token for a new access token and refresh token of the same session. The presented \
            token is spent: keep the new one. Presenting a spent token again means a copy leaked, so the whole \
            session is revoked (`401 REFRESH_TOKEN_REUSED`) and its user must sign in again; the same answer comes \
            for a session ended by logout. Refresh one call at a time per session: a second concurrent refresh with \
            the same token counts as reuse. Access tokens already issued stay valid until they expire.""")
    @ApiResponse(responseCode = "200", description = "The session's next tokens.")
    @ApiProblem(status = 401, codes = "INVALID_REFRESH_TOKEN",
            when = "the refresh token is unknown, expired (30 days), or its session is over (90 days after the login)")
    @ApiProblem(status = 401, codes = "REFRESH_TOKEN_REUSED",
            when = "the refresh token was spent already or its session was revoked; the session is (now) revoked, sign in again")
    Authentication.TokenPair refresh(@Valid @RequestBody RefreshRequest request) {
        return authentication.refresh(request.refreshToken());
    }

    /** Ends the session the access token belongs to: its refresh tokens stop working at once. */
    @PostMapping("/logout")
    @Operation(operationId = "logOut", summary = "Sign out", description = """
            Ends the session the access token belongs to: its refresh tokens stop working at once. Access tokens \
            already issued stay valid until they expire (at most 15 minutes): discard them. Idempotent.""")
    @ApiResponse(responseCode = "204", description = "The session is over (or was already).")
    ResponseEntity<Void> logout(@AuthenticationPrincipal Jwt token) {
        String session = token.getClaimAsString(TokenClaims.SESSION);
        if (session != null) {
            authentication.logout(UUID.fromString(token.getSubject()), UUID.fromString(session));
        }
        return ResponseEntity.noContent().build();
    }
}
