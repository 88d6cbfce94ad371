package dev.emporium.order.order;

import dev.emporium.order.order.OrderRequests.CreateOrder;
import dev.emporium.order.order.OrderRequests.MoneyInput;
import dev.emporium.platform.money.Currencies;
import dev.emporium.platform.money.Money;
import dev.emporium.platform.web.ApiException;
import dev.emporium.platform.web.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The money rules Bean Validation cannot say: every amount in the order's (supported) currency with at most its minor
 * digits, each line total = unit price × quantity, subtotal = the sum of the lines, total = subtotal + shipping + tax.
 * An order is stored exactly as priced, or refused with a 400 naming every wrong field.
 */
final class OrderChecks {

    private OrderChecks() {
    }

    static void check(CreateOrder order) {
        List<Problems.FieldError> errors = new ArrayList<>();
        String currency = order.currency();
        if (!Currencies.isSupported(currency)) {
            errors.add(new Problems.FieldError("currency", "must be one of " + Currencies.SUPPORTED));
            throw ApiException.invalid("The request has invalid fields", errors);
        }
        BigDecimal lines = BigDecimal.ZERO;
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderRequests.LineInput line = order.lines().get(i);
            String at = "lines[" + i + "]";
            boolean exact = amount(errors, at + ".unitPrice", line.unitPrice(), currency)
                    & amount(errors, at + ".lineTotal", line.lineTotal(), currency);
            if (exact && line.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity())).compareTo(line.lineTotal().amount()) != 0) {
                errors.add(new Problems.FieldError(at + ".lineTotal", "must be unitPrice × quantity"));
            }
            if (!skus.add(line.sku())) {
                errors.add(new Problems.FieldError(at + ".sku", "appears in more than one line"));
            }
            lines = lines.add(line.lineTotal().amount());
        }
        boolean exact = amount(errors, "subtotal", order.subtotal(), currency) & amount(errors, "shipping", order.shipping(), currency)
                & amount(errors, "tax", order.tax(), currency) & amount(errors, "total", order.total(), currency);
        if (exact && errors.isEmpty()) {
            if (order.subtotal().amount().compareTo(lines) != 0) {
                errors.add(new Problems.FieldError("subtotal", "must be the sum of the line totals"));
            }
            BigDecimal sum = order.subtotal().amount().add(order.shipping().amount()).add(order.tax().amount());
            if (order.total().amount().compareTo(sum) != 0) {
                errors.add(new Problems.FieldError("total", "must be subtotal + shipping + tax"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("The request has invalid fields", errors);
        }
    }

    /** An amount of the order's currency: the same currency, no more digits than it has. */
    static Money money(String field, MoneyInput input, String currency) {
        List<Problems.FieldError> errors = new ArrayList<>();
        if (!amount(errors, field, input, currency)) {
            throw ApiException.invalid("The request has invalid fields", errors);
        }
        return new Money(input.amount(), currency);
    }

    private static boolean amount(List<Problems.FieldError> errors, String field, MoneyInput money, String currency) {
        if (!currency.equals(money.currency())) {
            errors.add(new Problems.FieldError(field + ".currency", "must be the order's currency, " + currency));
            return false;
        }
        if (money.amount().stripTrailingZeros().scale() > Currencies.minorDigits(currency)) {
            errors.add(new Problems.FieldError(field + ".amount", "must have at most " + Currencies.minorDigits(currency)
                    + " decimal places for " + currency));
            return false;
        }
        return true;
    }
}
