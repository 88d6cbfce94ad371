package dev.emporium.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeRedirectsTest {

    @Test
    void goesBackToAPageOfTheStorefront() {
        assertThat(SafeRedirects.local("/p/linen-shirt?sku=LINEN-M")).isEqualTo("/p/linen-shirt?sku=LINEN-M");
    }

    @ParameterizedTest
    @ValueSource(strings = { "//evil.example", "https://evil.example/", "/\\evil.example", "evil", "/cart\r\nSet-Cookie: x=1", "/login" })
    void goesHomeInsteadOfAnywhereElse(String next) {
        assertThat(SafeRedirects.local(next)).isEqualTo("/");
    }
}
