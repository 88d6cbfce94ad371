package dev.emporium.identity.user;

import dev.emporium.platform.openapi.ApiProblem;
import dev.emporium.platform.security.AuthenticatedUser;
import dev.emporium.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Profile", description = "The signed-in user's own account: read it and change the name.")
class UserController {

    private static final String GONE = "the token's account no longer exists";

    private final Users users;

    UserController(Users users) {
        this.users = users;
    }

    @GetMapping
    @Operation(operationId = "getMyProfile", summary = "Show my account",
            description = "The account of the access token's user, read from the database (so a rename shows at once, "
                    + "while the token's own `name` claim changes only with the next token).")
    @ApiResponse(responseCode = "200", description = "The signed-in user's account.")
    @ApiProblem(status = 404, codes = "NOT_FOUND", when = GONE)
    User.UserView me(@AuthenticationPrincipal Jwt token) {
        return current(token).view();
    }

    @Schema(description = "The fields of the account a user may change.")
    record ProfileChange(
            @Schema(description = "The new name; not blank, trimmed.", example = "Ada King")
            @NotBlank @Size(max = RegistrationRules.MAX_NAME_LENGTH) String name) {
    }

    @PatchMapping
    @Operation(operationId = "updateMyProfile", summary = "Rename me", description = """
            Changes the signed-in user's name (the only field a user may change; the email and roles cannot be \
            changed through the API). Access tokens issued before keep the old `name` claim until they expire.""")
    @ApiResponse(responseCode = "200", description = "The account after the change.")
    @ApiProblem(status = 404, codes = "NOT_FOUND", when = GONE)
    User.UserView update(@AuthenticationPrincipal Jwt token, @Valid @RequestBody ProfileChange change) {
        User user = current(token);
        users.rename(user.id(), change.name().strip());
        return current(token).view();
    }

    private User current(Jwt token) {
        return users.findById(AuthenticatedUser.from(token).id()).orElseThrow(() -> ApiException.notFound("User"));
    }
}
