package dev.emporium.launcher.services;

import dev.emporium.launcher.LauncherException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which scopes each service may have in its service token ({@code dev/emporium/launcher/service-scopes.conf}):
 * one line per service, {@code name scope...}; {@code #} starts a comment. identity is told these, and refuses
 * any other scope to that service.
 */
public record ServiceScopes(Map<String, List<String>> byService) {

    public static final String RESOURCE = "/dev/emporium/launcher/service-scopes.conf";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    /** RFC 6749 §3.3 scope-token. */
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    private static final ServiceScopes BUILT_IN = load();

    public ServiceScopes {
        byService = Map.copyOf(byService);
    }

    public static ServiceScopes builtIn() {
        return BUILT_IN;
    }

    public List<String> of(String service) {
        return byService.getOrDefault(service, List.of());
    }

    public static ServiceScopes parse(String text, String source) {
        Map<String, List<String>> scopes = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = source + " line " + (i + 1) + ": ";
            String[] fields = line.split("\\s+");
            if (!NAME.matcher(fields[0]).matches()) {
                throw new LauncherException(where + "not a service name: " + fields[0]);
            }
            List<String> granted = Arrays.asList(fields).subList(1, fields.length);
            granted.stream().filter(scope -> !SCOPE.matcher(scope).matches()).findFirst().ifPresent(scope -> {
                throw new LauncherException(where + "not a scope: " + scope);
            });
            if (scopes.putIfAbsent(fields[0], List.copyOf(granted)) != null) {
                throw new LauncherException(where + fields[0] + " is listed twice");
            }
        }
        return new ServiceScopes(scopes);
    }

    private static ServiceScopes load() {
        try (InputStream in = ServiceScopes.class.getResourceAsStream(RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
