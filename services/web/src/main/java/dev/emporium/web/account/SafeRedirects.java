package dev.emporium.web.account;

import org.jspecify.annotations.Nullable;

/** Where to go after signing in: a page of this storefront only, never another site (no open redirect). */
final class SafeRedirects {

    private SafeRedirects() {
    }

    static String local(@Nullable String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f) || next.startsWith("/login") || next.startsWith("/register")) {
            return "/";
        }
        return next;
    }
}
