package dev.emporium.identity.auth;

import dev.emporium.identity.user.RegistrationRules;
import dev.emporium.identity.user.User;
import dev.emporium.identity.user.UserRegistration;
import dev.emporium.platform.api.TokenClaims;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
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
class AuthController {

    private final UserRegistration registration;
    private final Authentication authentication;

    AuthController(UserRegistration registration, Authentication authentication) {
        this.registration = registration;
        this.authentication = authentication;
    }

    record RegisterRequest(
            @NotBlank @Size(max = RegistrationRules.MAX_EMAIL_LENGTH)
            @Pattern(regexp = RegistrationRules.EMAIL_PATTERN, message = "must be a valid email address") String email,
            @NotNull @Size(min = RegistrationRules.MIN_PASSWORD_LENGTH, max = RegistrationRules.MAX_PASSWORD_LENGTH) String password,
            @NotBlank @Size(max = RegistrationRules.MAX_NAME_LENGTH) String name) {
    }

    record Registered(UUID id, String email, String name, List<String> roles) {
    }

    @PostMapping("/register")
    ResponseEntity<Registered> register(@Valid @RequestBody RegisterRequest request) {
        User user = registration.registerCustomer(request.email(), request.password(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/users/me"))
                .body(new Registered(user.id(), user.email(), user.name(), user.roles()));
    }

    record LoginRequest(@NotBlank @Size(max = RegistrationRules.MAX_EMAIL_LENGTH) String email,
            @NotNull @Size(max = RegistrationRules.MAX_PASSWORD_LENGTH) String password) {
    }

    /**
     * The client address is the TCP peer, or the address the gateway forwarded (Tomcat's RemoteIpValve believes
     * {@code X-Forwarded-For} only from the gateway, see platform-core's defaults).
     */
    @PostMapping("/login")
    Authentication.TokenPair login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return authentication.login(request.email(), request.password(), http.getRemoteAddr());
    }

    record RefreshRequest(@NotBlank @Size(max = 512) String refreshToken) {
    }

    @PostMapping("/refresh")
    Authentication.TokenPair refresh(@Valid @RequestBody RefreshRequest request) {
        return authentication.refresh(request.refreshToken());
    }

    /** Ends the session the access token belongs to: its refresh tokens stop working at once. */
    @PostMapping("/logout")
    ResponseEntity<Void> logout(@AuthenticationPrincipal Jwt token) {
        String session = token.getClaimAsString(TokenClaims.SESSION);
        if (session != null) {
            authentication.logout(UUID.fromString(token.getSubject()), UUID.fromString(session));
        }
        return ResponseEntity.noContent().build();
    }
}
