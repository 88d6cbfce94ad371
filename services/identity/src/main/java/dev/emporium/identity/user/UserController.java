package dev.emporium.identity.user;

import dev.emporium.platform.security.AuthenticatedUser;
import dev.emporium.platform.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account. */
@RestController
@RequestMapping("/api/v1/users/me")
class UserController {

    private final Users users;

    UserController(Users users) {
        this.users = users;
    }

    @GetMapping
    User.UserView me(@AuthenticationPrincipal Jwt token) {
        return current(token).view();
    }

    record ProfileChange(@NotBlank @Size(max = RegistrationRules.MAX_NAME_LENGTH) String name) {
    }

    @PatchMapping
    User.UserView update(@AuthenticationPrincipal Jwt token, @Valid @RequestBody ProfileChange change) {
        User user = current(token);
        users.rename(user.id(), change.name().strip());
        return current(token).view();
    }

    private User current(Jwt token) {
        return users.findById(AuthenticatedUser.from(token).id()).orElseThrow(() -> ApiException.notFound("User"));
    }
}
