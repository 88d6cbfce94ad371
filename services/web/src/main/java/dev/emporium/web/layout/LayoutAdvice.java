package dev.emporium.web.layout;

import dev.emporium.platform.money.Currencies;
import dev.emporium.web.cart.ShopperCart;
import dev.emporium.web.catalog.Categories;
import dev.emporium.web.identity.CustomerSession;
import dev.emporium.web.preferences.Preferences;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the {@link Layout} into every page's model. Nothing here waits for a service: the departments come from
 * the category tree kept in memory, the cart count from the session.
 */
@ControllerAdvice
public class LayoutAdvice {

    private final Categories categories;
    private final CustomerSession customers;

    LayoutAdvice(Categories categories, CustomerSession customers) {
        this.categories = categories;
        this.customers = customers;
    }

    @ModelAttribute
    public void layout(Model model, HttpServletRequest request) {
        model.addAttribute("layout", of(request));
    }

    public Layout of(HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String currency = Preferences.currency(request);
        List<Layout.Switch> languages = new ArrayList<>();
        Preferences.LANGUAGES.forEach(language -> languages.add(new Layout.Switch(language.getLanguage(),
                switchUrl(request, "lang", language.getLanguage()), language.getLanguage().equals(locale.getLanguage()))));
        List<Layout.Switch> currencies = new ArrayList<>();
        Currencies.SUPPORTED.forEach(code -> currencies.add(new Layout.Switch(code, switchUrl(request, "currency", code),
                code.equals(currency))));
        String query = "/search".equals(request.getRequestURI()) ? request.getParameter("q") : null;
        return new Layout(categories.departments(), customers.user().orElse(null), ShopperCart.count(request), currency,
                locale.getLanguage(), languages, currencies, query);
    }

    /** The page being shown, with the switcher's parameter set: its other parameters stay as they were. */
    private static String switchUrl(HttpServletRequest request, String parameter, String value) {
        String path = "GET".equals(request.getMethod()) ? request.getRequestURI() : "/";
        StringBuilder url = new StringBuilder(path).append('?');
        if ("GET".equals(request.getMethod())) {
            request.getParameterMap().forEach((name, values) -> {
                if (!name.equals(parameter) && !name.equals("lang") && !name.equals("currency")) {
                    for (String each : values) {
                        url.append(encode(name)).append('=').append(encode(each)).append('&');
                    }
                }
            });
        }
        return url.append(parameter).append('=').append(value).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
