package dev.emporium.web.checkout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The session's checkout attempt and the keys it has used. A key stays the attempt's until checkout has answered it
 * for good: the same form submitted twice, or a reload of its POST, goes to checkout with the same key and gets the
 * first answer again (one order). After a failure the customer can correct (a declined card, too little stock,
 * changed prices, nothing charged) the attempt gets a new key; the old one is remembered, so an old form sent again
 * still reaches checkout with its own key and gets its own answer, never a second order.
 */
@Component
class CheckoutAttempts {

    static final String ATTEMPT = "emporium.checkout.attempt";
    static final String USED_KEYS = "emporium.checkout.used-keys";
    private static final int REMEMBERED = 20;

    /** The current attempt, a fresh one (new key, nothing chosen) if there is none. */
    CheckoutAttempt current(HttpServletRequest request) {
        HttpSession session = request.getSession();
        if (session.getAttribute(ATTEMPT) instanceof CheckoutAttempt attempt) {
            return attempt;
        }
        CheckoutAttempt fresh = CheckoutAttempt.fresh();
        session.setAttribute(ATTEMPT, fresh);
        return fresh;
    }

    /** Keeps the customer's choices (not the card) with the attempt. */
    CheckoutAttempt choose(HttpServletRequest request, CheckoutForm form) {
        CheckoutAttempt chosen = current(request).choosing(form);
        request.getSession().setAttribute(ATTEMPT, chosen);
        return chosen;
    }

    /**
     * The key to place the order with for a form that carried this key: the current attempt's, or one this session
     * used before (the same form again); empty for any other (a form from another session, or forged).
     */
    Optional<UUID> keyFor(HttpServletRequest request, @Nullable String formKey) {
        UUID key = parse(formKey);
        if (key == null) {
            return Optional.empty();
        }
        return key.equals(current(request).key()) || used(request).contains(key) ? Optional.of(key) : Optional.empty();
    }

    /** Checkout answered for good with a failure the customer may correct: the next try gets a new key. */
    CheckoutAttempt renew(HttpServletRequest request, UUID spent) {
        remember(request, spent);
        CheckoutAttempt current = current(request);
        if (!current.key().equals(spent)) {
            return current;
        }
        CheckoutAttempt renewed = current.withNewKey();
        request.getSession().setAttribute(ATTEMPT, renewed);
        return renewed;
    }

    /** The order is placed (or awaits the customer at the card provider): the next checkout starts afresh. */
    void finish(HttpServletRequest request, UUID spent) {
        remember(request, spent);
        if (current(request).key().equals(spent)) {
            request.getSession().removeAttribute(ATTEMPT);
        }
    }

    private void remember(HttpServletRequest request, UUID key) {
        List<UUID> used = new ArrayList<>(used(request));
        if (!used.contains(key)) {
            used.add(key);
            if (used.size() > REMEMBERED) {
                used.removeFirst();
            }
            request.getSession().setAttribute(USED_KEYS, used);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<UUID> used(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(USED_KEYS) instanceof List<?> keys ? (List<UUID>) keys : List.of();
    }

    private static @Nullable UUID parse(@Nullable String key) {
        try {
            return key == null ? null : UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
