package dev.emporium.web.checkout;

import dev.emporium.platform.money.Money;
import dev.emporium.web.preferences.MoneyFormat;
import dev.emporium.web.upstream.Answer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What a checkout's problem means to the customer, in their language: a declined card (nothing charged, the cart as
 * it was), too little stock (which items, how many are left), changed prices (which, and the new total on the
 * page), an empty cart, a product no longer sold, checkout or a service behind it down (nothing charged). Read from
 * {@code POST /api/v1/checkout}'s problem and from a FAILED checkout's {@code problem}.
 */
@Component
class CheckoutProblems {

    private final MessageSource messages;
    private final MoneyFormat money;

    CheckoutProblems(MessageSource messages, MoneyFormat money) {
        this.messages = messages;
        this.money = money;
    }

    /** The page's status for a problem's code. */
    static HttpStatus status(String code) {
        return switch (code) {
            case "PAYMENT_DECLINED" -> HttpStatus.PAYMENT_REQUIRED;
            case "SERVICE_UNAVAILABLE" -> HttpStatus.SERVICE_UNAVAILABLE;
            case "VALIDATION_FAILED", "IDEMPOTENCY_KEY_REUSED" -> HttpStatus.UNPROCESSABLE_ENTITY;
            default -> HttpStatus.CONFLICT;
        };
    }

    /**
     * @param problem the problem's members ({@code code}, {@code declineCode}, {@code shortages}, {@code lines}...)
     * @param names   a SKU's product name, as the page knows it (the SKU itself when it does not)
     */
    Alert alert(JsonNode problem, Function<String, String> names) {
        String code = problem.path("code").asString("");
        return switch (code) {
            case "PAYMENT_DECLINED" -> Alert.of("insufficient_funds".equals(problem.path("declineCode").asString(""))
                    ? text("checkout.declined.funds") : text("checkout.declined"));
            case "INSUFFICIENT_STOCK" -> {
                List<String> lines = new ArrayList<>();
                problem.path("shortages").forEach(line -> lines.add(text("checkout.insufficient-stock.line",
                        names.apply(line.path("sku").asString("")), line.path("available").asInt(0), line.path("requested").asInt(0))));
                yield new Alert(text("checkout.insufficient-stock"), lines);
            }
            case "PRICE_CHANGED" -> {
                List<String> lines = new ArrayList<>();
                problem.path("lines").forEach(line -> lines.add(text("checkout.price-changed.line",
                        names.apply(line.path("sku").asString("")), amount(line.path("currentPrice")), amount(line.path("cartPrice")))));
                yield new Alert(text("checkout.price-changed"), lines);
            }
            case "CART_EMPTY" -> Alert.of(text("checkout.cart-empty"));
            case "PRODUCT_UNAVAILABLE" -> Alert.of(text("checkout.product-unavailable"));
            case "SERVICE_UNAVAILABLE" -> Alert.of(text("checkout.unavailable"));
            case "IDEMPOTENCY_KEY_REUSED" -> Alert.of(text("checkout.resubmit"));
            case "ORDER_CANCELLED" -> Alert.of(text("checkout.cancelled-meanwhile"));
            case "VALIDATION_FAILED" -> Alert.of(text("checkout.refused"));
            default -> Alert.of(text("checkout.failed"));
        };
    }

    Alert alert(Answer answer, Function<String, String> names) {
        return alert(answer.body(), names);
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private String amount(JsonNode node) {
        try {
            return money.format(Answer.read(node, Money.class));
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The names of the quoted lines by SKU (a SKU the quote does not have stands for itself). */
    static Function<String, String> names(CheckoutPages.Shown shown) {
        CheckoutQuote quote = shown.chosen();
        Map<String, String> names = new HashMap<>();
        if (quote != null) {
            quote.lines().forEach(line -> names.put(line.sku(), line.name()));
        }
        return sku -> names.getOrDefault(sku, sku);
    }
}
