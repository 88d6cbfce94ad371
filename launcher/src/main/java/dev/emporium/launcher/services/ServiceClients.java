package dev.emporium.launcher.services;

import dev.emporium.launcher.config.Secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * identity's registry of service clients ({@code emporium.identity.clients.<name>.secret-sha256} and
 * {@code .scopes}) for every service of the catalog and every service granted scopes, as Spring's {@code SPRING_APPLICATION_JSON}. It holds hashes,
 * never a secret. Names, hex digests and scopes need no JSON escaping (their syntax is checked where they are read).
 */
final class ServiceClients {

    private ServiceClients() {
    }

    static String registryJson(ServiceCatalog catalog, Secrets secrets, ServiceScopes scopes) {
        // A service granted scopes gets its client before it exists, so its secret is ready when it joins (and the
        // end-to-end tests can call an internal endpoint as that service would).
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        catalog.services().forEach(service -> names.add(service.name()));
        names.addAll(new java.util.TreeSet<>(scopes.byService().keySet()));
        String clients = names.stream()
                .map(name -> "\"" + name + "\":{\"secret-sha256\":\"" + sha256(secrets.serviceClientSecret(name))
                        + "\",\"scopes\":[" + scopes.of(name).stream().map(scope -> "\"" + scope + "\"")
                        .collect(Collectors.joining(",")) + "]}")
                .collect(Collectors.joining(","));
        return "{\"emporium\":{\"identity\":{\"clients\":{" + clients + "}}}}";
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
