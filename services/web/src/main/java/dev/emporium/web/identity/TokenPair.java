package dev.emporium.web.identity;

/** Identity's answer to a sign-in or a refresh: a 15-minute access token and the refresh token that replaces it. */
public record TokenPair(String accessToken, String refreshToken, long expiresIn) {
}
