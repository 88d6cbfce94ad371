package dev.emporium.web.harness;

import dev.emporium.testsupport.EmporiumServiceTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The storefront with every service it calls down (each address a port nothing listens on), against the real
 * Redis for its sessions. What needs no service (forms checked before anything is called, CSRF, the language and
 * currency) is tested here, and what the shopper sees when a service is down. The subclasses share one context.
 */
@EmporiumServiceTest
public abstract class ServicesDownTest {

    private static final int CLOSED_PORT = closedPort();

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @DynamicPropertySource
    static void servicesDown(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"identity", "catalog", "search", "inventory", "cart", "checkout", "order"}) {
            registry.add("emporium.services." + service + ".url", () -> "http://127.0.0.1:" + CLOSED_PORT);
        }
    }

    @BeforeEach
    protected void newBrowser() {
        browser = new Browser(port);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
