package dev.emporium.launcher.services;

import dev.emporium.launcher.LauncherException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The services the platform consists of: the one place a service is listed
 * ({@code dev/emporium/launcher/services.conf}). One service per line: {@code name port heap database|-};
 * {@code #} starts a comment.
 */
public record ServiceCatalog(List<ServiceDefinition> services) {

    public static final String RESOURCE = "/dev/emporium/launcher/services.conf";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern DATABASE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kmgKMG]");

    public ServiceCatalog {
        services = List.copyOf(services);
    }

    /** The built-in list, or {@code file} when one is given (EMPORIUM_SERVICES_FILE). */
    public static ServiceCatalog load(Optional<Path> file) {
        try {
            if (file.isPresent()) {
                return parse(Files.readString(file.get()), file.get().toString());
            }
            try (InputStream in = ServiceCatalog.class.getResourceAsStream(RESOURCE)) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
            }
        } catch (IOException e) {
            throw new LauncherException("Cannot read the service list: " + e.getMessage(), e);
        }
    }

    public static ServiceCatalog parse(String text, String source) {
        List<ServiceDefinition> services = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<Integer> ports = new HashSet<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = source + " line " + (i + 1) + ": ";
            String[] fields = line.split("\\s+");
            if (fields.length != 4) {
                throw new LauncherException(where + "expected 'name port heap database|-', got '" + line + "'");
            }
            String name = fields[0];
            if (!NAME.matcher(name).matches()) {
                throw new LauncherException(where + "invalid service name '" + name + "'");
            }
            int port;
            try {
                port = Integer.parseInt(fields[1]);
            } catch (NumberFormatException e) {
                throw new LauncherException(where + "invalid port '" + fields[1] + "'", e);
            }
            if (port < 1 || port > 65535) {
                throw new LauncherException(where + "invalid port " + port);
            }
            if (!HEAP.matcher(fields[2]).matches()) {
                throw new LauncherException(where + "invalid heap '" + fields[2] + "' (expected e.g. 256m)");
            }
            Optional<String> database = fields[3].equals("-") ? Optional.empty() : Optional.of(fields[3]);
            if (database.isPresent() && !DATABASE.matcher(database.get()).matches()) {
                throw new LauncherException(where + "invalid database name '" + fields[3] + "'");
            }
            if (!names.add(name)) {
                throw new LauncherException(where + "service '" + name + "' is listed twice");
            }
            if (!ports.add(port)) {
                throw new LauncherException(where + "port " + port + " is used twice");
            }
            services.add(new ServiceDefinition(name, port, fields[2], database));
        }
        return new ServiceCatalog(services);
    }

    public Optional<ServiceDefinition> find(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return services.stream().map(ServiceDefinition::name).toList();
    }
}
