package dev.emporium.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account: identity's rules, checked here first so a mistake is shown at once, next to its field. */
public record RegistrationForm(
        @NotBlank(message = "{form.name.required}") @Size(max = 100, message = "{form.name.too-long}") String name,
        @NotBlank(message = "{form.email.required}") @Size(max = 254, message = "{form.email.invalid}")
        @Pattern(regexp = "^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$", message = "{form.email.invalid}") String email,
        @Size(min = 10, max = 128, message = "{form.password.length}") String password) {

    public static RegistrationForm empty() {
        return new RegistrationForm("", "", "");
    }

    /** As identity stores them: name and email trimmed, the password as typed. */
    RegistrationForm trimmed() {
        return new RegistrationForm(name == null ? "" : name.strip(), email == null ? "" : email.strip(), password);
    }
}
