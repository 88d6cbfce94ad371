package dev.emporium.identity.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The services that may ask for a token ({@code emporium.identity.clients.<name>.*}) and how long their tokens
 * live ({@code emporium.identity.service-token-ttl}). Each client has the SHA-256 of its secret, never the secret.
 *
 * <p>A fast hash is enough here, unlike for passwords: client secrets are 256 random bits made by a machine (the
 * launcher, or whoever fills the Kubernetes secret), so there is no dictionary to try and 2^255 guesses on average
 * to find one, at any hash speed. Argon2 would only cost a core per token request. The comparison is constant-time.
 */
@ConfigurationProperties("emporium.identity")
public record ServiceClientRegistry(@DefaultValue("5m") Duration serviceTokenTtl, Map<String, Client> clients) {

    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+"); // RFC 6749 §3.3 scope-token
    /** Hashed for an unknown client id, so an unknown client costs what a known one does. */
    private static final byte[] NO_CLIENT = new byte[32];

    public ServiceClientRegistry {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
        clients.forEach((name, client) -> {
            if (client.secretSha256() == null || !client.secretSha256().matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("emporium.identity.clients." + name
                        + ".secret-sha256 must be the SHA-256 (64 hex digits) of the client's secret");
            }
            client.scopes().stream().filter(scope -> !SCOPE.matcher(scope).matches()).findFirst().ifPresent(scope -> {
                throw new IllegalArgumentException("emporium.identity.clients." + name + ".scopes: not a scope: '" + scope + "'");
            });
        });
    }

    /**
     * @param secretSha256 hex SHA-256 of the secret's UTF-8 bytes ({@code printf %s "$SECRET" | sha256sum})
     * @param scopes what the client may ask for
     */
    public record Client(String secretSha256, @DefaultValue List<String> scopes) {
    }

    /** The client, if the id is registered and the secret is its own. */
    Optional<Client> authenticate(String clientId, String secret) {
        Client client = clients.get(clientId);
        byte[] expected = client == null ? NO_CLIENT : HexFormat.of().parseHex(client.secretSha256());
        boolean matches = MessageDigest.isEqual(sha256(secret), expected);
        return client != null && matches ? Optional.of(client) : Optional.empty();
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
