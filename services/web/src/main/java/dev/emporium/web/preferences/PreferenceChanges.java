package dev.emporium.web.preferences;

import dev.emporium.platform.money.Currencies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The switchers in the header are plain links ({@code ?lang=de}, {@code ?currency=EUR}: they work without
 * JavaScript): a GET carrying either keeps the choice in the session before the page is rendered in it. A value
 * outside the supported ones is ignored.
 */
public class PreferenceChanges implements HandlerInterceptor {

    private final LocaleResolver locales;

    public PreferenceChanges(LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        Locale language = Preferences.language(request.getParameter("lang"));
        if (language != null) {
            locales.setLocale(request, response, language);
        }
        String currency = request.getParameter("currency");
        if (currency != null && Currencies.isSupported(currency)) {
            request.getSession().setAttribute(Preferences.CURRENCY_ATTRIBUTE, currency);
        }
        return true;
    }
}
