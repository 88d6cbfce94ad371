package dev.emporium.launcher.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emporium.launcher.LauncherException;
import org.junit.jupiter.api.Test;

class ServiceScopesTest {

    @Test
    void theBuiltInTableLetsCheckoutReserveStock() {
        assertThat(ServiceScopes.builtIn().of("checkout")).contains("inventory:reserve");
    }

    @Test
    void theBuiltInTableLetsCheckoutReadAndTakeOrdersOutOfCarts() {
        assertThat(ServiceScopes.builtIn().of("checkout")).contains("cart:checkout");
    }

    @Test
    void theBuiltInTableLetsCheckoutWriteOrdersAndChargePaymentsAndOrderRefundThem() {
        assertThat(ServiceScopes.builtIn().of("checkout")).contains("order:write", "payment:charge");
        assertThat(ServiceScopes.builtIn().of("order")).containsExactly("payment:refund");
    }

    @Test
    void parsesOneLinePerServiceSkippingCommentsAndBlanks() {
        ServiceScopes scopes = ServiceScopes.parse("""
                # name  scopes
                checkout  inventory:reserve payment:authorize   # two scopes

                order     inventory:commit
                """, "test");

        assertThat(scopes.of("checkout")).containsExactly("inventory:reserve", "payment:authorize");
        assertThat(scopes.of("order")).containsExactly("inventory:commit");
    }

    @Test
    void givesAServiceNotListedNoScope() {
        assertThat(ServiceScopes.parse("checkout inventory:reserve", "test").of("search")).isEmpty();
    }

    @Test
    void refusesAScopeWithAQuote() {
        assertThatThrownBy(() -> ServiceScopes.parse("checkout inventory\"reserve", "test"))
                .isInstanceOf(LauncherException.class).hasMessageContaining("test line 1: not a scope");
    }

    @Test
    void refusesAServiceListedTwice() {
        assertThatThrownBy(() -> ServiceScopes.parse("checkout a:b\ncheckout c:d", "test"))
                .isInstanceOf(LauncherException.class).hasMessageContaining("listed twice");
    }
}
