package dev.emporium.web.checkout;

import java.util.List;

/** What a page says in its {@code role=alert} box: a sentence, and the lines it is about (out of stock, price changed). */
public record Alert(String text, List<String> details) {

    public static Alert of(String text) {
        return new Alert(text, List.of());
    }
}
