package dev.emporium.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs: lower-case ASCII words joined by dashes ("Crème Brûlée Set" → "creme-brulee-set"). */
public final class Slugs {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int MAX_LENGTH = 120;

    private Slugs() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH - 8) {
            slug = slug.substring(0, MAX_LENGTH - 8).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }
}
