package dev.emporium.launcher.services;

import java.util.Locale;
import java.util.Optional;

/**
 * One line of the service list.
 *
 * @param name     also the module directory under services/ and the jar's name
 * @param port     its default HTTP port (the port offset is added when it runs)
 * @param heap     its maximum heap, as for -Xmx (e.g. 256m)
 * @param database its own PostgreSQL database, whose owner is a login of the same name; empty if it needs none
 */
public record ServiceDefinition(String name, int port, String heap, Optional<String> database) {

    /** The variable every service gets to find this one, e.g. EMPORIUM_SERVICES_IDENTITY_URL. */
    public String urlVariable() {
        return "EMPORIUM_SERVICES_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }
}
