package dev.emporium.web.preferences;

import dev.emporium.platform.money.Currencies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The shopper's language (English or German) and currency (USD, EUR, GBP), kept in their session: the browser holds
 * nothing but the session cookie. A visitor without a session gets the language their browser prefers among the
 * two and US dollars.
 */
public final class Preferences {

    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);
    public static final String CURRENCY_ATTRIBUTE = "emporium.currency";

    private Preferences() {
    }

    public static String currency(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object currency = session == null ? null : session.getAttribute(CURRENCY_ATTRIBUTE);
        return currency instanceof String code && Currencies.isSupported(code) ? code : Currencies.DEFAULT;
    }

    /** One of {@link #LANGUAGES} for a language tag, or null for any other (and for nonsense). */
    public static @Nullable Locale language(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return LANGUAGES.stream().filter(supported -> supported.getLanguage().equals(language)).findFirst().orElse(null);
    }
}
