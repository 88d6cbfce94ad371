package dev.emporium.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name, the one thing of an account identity lets its owner change (the email cannot be). */
record ProfileForm(@NotBlank(message = "{form.name.required}") @Size(max = 100, message = "{form.name.too-long}") String name) {
}
