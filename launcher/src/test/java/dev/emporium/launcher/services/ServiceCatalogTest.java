package dev.emporium.launcher.services;

import dev.emporium.launcher.LauncherException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceCatalogTest {

    @Test
    void theBuiltInListHasTheServicesWithDistinctPorts() {
        ServiceCatalog catalog = ServiceCatalog.load(Optional.empty());

        assertThat(catalog.services()).contains(
                new ServiceDefinition("identity", 8081, "256m", Optional.of("identity")),
                new ServiceDefinition("gateway", 8080, "256m", Optional.empty()));
        assertThat(catalog.services()).extracting(ServiceDefinition::port).doesNotHaveDuplicates();
    }

    @Test
    void parsesLinesSkippingCommentsAndBlanks() {
        ServiceCatalog catalog = ServiceCatalog.parse("""
                # name  port heap database
                order   8087 384m orders   # the database is not named after the service

                cart    8085 256m -
                """, "test");

        assertThat(catalog.names()).containsExactly("order", "cart");
        assertThat(catalog.find("order")).hasValueSatisfying(order -> {
            assertThat(order.port()).isEqualTo(8087);
            assertThat(order.heap()).isEqualTo("384m");
            assertThat(order.database()).contains("orders");
        });
        assertThat(catalog.find("cart").orElseThrow().database()).isEmpty();
        assertThat(catalog.find("search")).isEmpty();
    }

    @Test
    void rejectsMalformedLinesNamingTheLine() {
        assertThatThrownBy(() -> ServiceCatalog.parse("identity 8081 256m", "f"))
                .isInstanceOf(LauncherException.class).hasMessageStartingWith("f line 1:");
        assertThatThrownBy(() -> ServiceCatalog.parse("Identity 8081 256m -", "f")).hasMessageContaining("service name");
        assertThatThrownBy(() -> ServiceCatalog.parse("identity http 256m -", "f")).hasMessageContaining("port");
        assertThatThrownBy(() -> ServiceCatalog.parse("identity 70000 256m -", "f")).hasMessageContaining("port");
        assertThatThrownBy(() -> ServiceCatalog.parse("identity 8081 lots -", "f")).hasMessageContaining("heap");
        assertThatThrownBy(() -> ServiceCatalog.parse("identity 8081 256m drop;table", "f")).hasMessageContaining("database");
        assertThatThrownBy(() -> ServiceCatalog.parse("a 8081 256m -\nb 8081 256m -", "f"))
                .hasMessage("f line 2: port 8081 is used twice");
        assertThatThrownBy(() -> ServiceCatalog.parse("a 8081 256m -\na 8082 256m -", "f")).hasMessageContaining("listed twice");
    }

    @Test
    void urlVariableNamesFollowSpringsRelaxedBinding() {
        assertThat(new ServiceDefinition("identity", 8081, "256m", Optional.empty()).urlVariable())
                .isEqualTo("EMPORIUM_SERVICES_IDENTITY_URL");
        assertThat(new ServiceDefinition("search-api", 8083, "256m", Optional.empty()).urlVariable())
                .isEqualTo("EMPORIUM_SERVICES_SEARCH_API_URL");
    }
}
