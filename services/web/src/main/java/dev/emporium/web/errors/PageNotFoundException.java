package dev.emporium.web.errors;

/** No such page: an unknown product or category, a malformed slug. Answered with the 404 page. */
public class PageNotFoundException extends RuntimeException {
    public PageNotFoundException() {
        super("No such page", null, false, false);
    }
}
