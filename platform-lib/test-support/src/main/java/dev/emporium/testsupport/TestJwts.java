package dev.emporium.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints RS256 access tokens shaped like identity's, and serves the public key as a real JWKS over HTTP, so the
 * services under test validate tokens exactly as in production (remote JWKS fetch, signature, expiry, issuer).
 */
public final class TestJwts {

    public static final String ISSUER = "emporium-identity";
    public static final String AUDIENCE = "emporium";

    private static final TestJwts INSTANCE = new TestJwts();
    private static final List<String> ADMIN_ROLES = List.of("CUSTOMER", "ADMIN");
    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private final RSAKey signingKey;
    private final RSAKey strangerKey;
    private final String jwksUri;

    private TestJwts() {
        try {
            signingKey = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            strangerKey = new RSAKeyGenerator(2048).keyID(signingKey.getKeyID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        jwksUri = serveJwks(new JWKSet(signingKey.toPublicJWK()).toString());
    }

    public static TestJwts get() {
        return INSTANCE;
    }

    /** Where the test JWKS is served; set as {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}. */
    public String jwksUri() {
        return jwksUri;
    }

    public String customer(UUID userId) {
        return token(userId, List.of("CUSTOMER"), Duration.ofMinutes(15));
    }

    public String admin(UUID userId) {
        return token(userId, List.of("CUSTOMER", "ADMIN"), Duration.ofMinutes(15));
    }

    /**
     * A service's client-credentials token as identity issues it ({@code token_use=service}, {@code sub} and
     * {@code client_id} the service's name, space-separated {@code scope}), for calling {@code /internal/**}.
     */
    public String service(String name, String... scopes) {
        return serviceToken(name, Instant.now(), LIFETIME, scopes);
    }

    /** A service token that expired an hour ago. */
    public String expiredService(String name, String... scopes) {
        return serviceToken(name, Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(5), scopes);
    }

    private String serviceToken(String name, Instant issuedAt, Duration lifetime, String... scopes) {
        return sign(new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(name)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .claim("client_id", name)
                .claim("token_use", "service")
                .claim("scope", String.join(" ", scopes))
                .build(), signingKey);
    }

    public String expired(UUID userId) {
        return sign(claims(userId, List.of("CUSTOMER"), Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(15)),
                signingKey);
    }

    /** A valid token whose payload was changed after signing: the signature no longer matches. */
    public String tampered(UUID userId) {
        String[] parts = customer(userId).split("\\.");
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims(userId, List.of("CUSTOMER", "ADMIN"), Instant.now(), Duration.ofMinutes(15)).toString()
                        .getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + forgedPayload + "." + parts[2];
    }

    /** Well-formed and unexpired, but signed by a key the JWKS does not hold (same key id). */
    public String signedByStranger(UUID userId) {
        return sign(claims(userId, List.of("CUSTOMER", "ADMIN"), Instant.now(), Duration.ofMinutes(15)), strangerKey);
    }

    public String token(UUID userId, List<String> roles, Duration lifetime) {
        return sign(claims(userId, roles, Instant.now(), lifetime), signingKey);
    }

    /** Signed by the real key, but issued by someone else: a token minted for another system. */
    public String withIssuer(UUID userId, String issuer) {
        return sign(claims(userId, ADMIN_ROLES, Instant.now(), LIFETIME, issuer, AUDIENCE), signingKey);
    }

    /** Signed by the real key, but meant for another audience. */
    public String withAudience(UUID userId, String audience) {
        return sign(claims(userId, ADMIN_ROLES, Instant.now(), LIFETIME, ISSUER, audience), signingKey);
    }

    /**
     * The algorithm-confusion attack: HS256 with the public RSA key (as published in the JWKS) as the HMAC
     * secret. A verifier that takes the algorithm from the token would accept it.
     */
    public String hmacSignedWithThePublicKey(UUID userId) {
        try {
            byte[] secret = signingKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(signingKey.getKeyID()).build(),
                    claims(userId, ADMIN_ROLES, Instant.now(), LIFETIME));
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsecured JWT ({@code "alg":"none"}, empty signature) with admin claims. */
    public String unsigned(UUID userId) {
        return new PlainJWT(new PlainHeader.Builder().customParam("kid", signingKey.getKeyID()).build(),
                claims(userId, ADMIN_ROLES, Instant.now(), LIFETIME)).serialize();
    }

    /** Well-formed and signed, but under a key id the JWKS has never listed (each call a new id). */
    public String withUnknownKeyId(UUID userId) {
        RSAKey key = new RSAKey.Builder(strangerKey).keyID("unknown-" + UUID.randomUUID()).build();
        return sign(claims(userId, ADMIN_ROLES, Instant.now(), LIFETIME), key);
    }

    /** A valid customer token signed by the given key (e.g. one a {@link TestJwksServer} publishes). */
    public static String signedBy(RSAKey key, UUID userId) {
        return sign(claims(userId, List.of("CUSTOMER"), Instant.now(), LIFETIME), key);
    }

    /** A fresh RS256 key pair with the given key id. */
    public static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(UUID userId, List<String> roles, Instant issuedAt, Duration lifetime) {
        return claims(userId, roles, issuedAt, lifetime, ISSUER, AUDIENCE);
    }

    private static JWTClaimsSet claims(UUID userId, List<String> roles, Instant issuedAt, Duration lifetime,
            String issuer, String audience) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(userId.toString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .claim("email", "user-" + userId + "@test.emporium.local")
                .claim("roles", roles)
                .claim("sid", UUID.randomUUID().toString())
                .build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serveJwks(String json) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            server.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
