package dev.emporium.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** @param next the storefront page to go back to once signed in */
public record SignInForm(@NotBlank(message = "{form.email.required}") @Size(max = 254, message = "{form.email.invalid}") String email,
        @NotBlank(message = "{form.password.required}") @Size(max = 128, message = "{signin.refused}") String password,
        @Nullable String next) {

    public static SignInForm empty(@Nullable String next) {
        return new SignInForm("", "", next);
    }
}
