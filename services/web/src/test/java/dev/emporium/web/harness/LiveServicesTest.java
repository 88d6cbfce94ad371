package dev.emporium.web.harness;

import dev.emporium.testsupport.EmporiumServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The storefront calling the real services ({@link RunningServices}: identity, catalog, inventory, search, cart, all
 * in this JVM), driven by a browser without JavaScript. The subclasses share one context.
 */
@EmporiumServiceTest
public abstract class LiveServicesTest {

    @LocalServerPort
    protected int port;

    protected Browser browser;
    protected final TestShop shop = new TestShop();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        RunningServices.register(registry);
    }

    @BeforeEach
    protected void newBrowser() {
        browser = new Browser(port);
    }
}
