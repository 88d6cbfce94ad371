package dev.emporium.web.layout;

import dev.emporium.web.catalog.CategoryNode;
import dev.emporium.web.identity.SignedInUser;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the header and footer of every page show: the departments, who is signed in, how many units are in the
 * cart, and the language and currency switchers.
 *
 * @param query what is in the search box (the current search's words)
 */
public record Layout(List<CategoryNode> departments, @Nullable SignedInUser user, int cartCount, String currency,
        String language, List<Switch> languages, List<Switch> currencies, @Nullable String query) {

    /** One choice of a switcher: the link that makes it, and whether it is the current one. */
    public record Switch(String value, String url, boolean current) {
    }
}
