package dev.emporium.platform.api;

import java.util.Locale;

/** Problem {@code type} URIs: one documentation page per code, the same from the gateway and every service. */
public final class ProblemTypes {

    public static final String BASE = "https://emporium.dev/problems/";

    private ProblemTypes() {
    }

    /** {@code TOO_MANY_LOGIN_ATTEMPTS} → {@code https://emporium.dev/problems/too-many-login-attempts}. */
    public static String of(String code) {
        return BASE + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
