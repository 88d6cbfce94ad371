package dev.emporium.web.checkout;

import dev.emporium.web.address.AddressChecks;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Checks the checkout form before anything is called, each mistake on its field: a new address by identity's and
 * checkout's rules, a saved address's id, and the card (12 to 19 digits passing the Luhn check, spaces and dashes
 * allowed; an expiry month from now to 20 years ahead; a 3 or 4 digit CVC). Errors name message keys only, never
 * the value typed.
 */
@Component
class CheckoutChecks {

    private final AddressChecks addresses;
    private final Clock clock;

    CheckoutChecks(AddressChecks addresses, Clock clock) {
        this.addresses = addresses;
        this.clock = clock;
    }

    /** The address part; for a re-quote as for placing the order. */
    void address(CheckoutForm form, BindingResult binding) {
        if (!form.newAddress()) {
            if (savedAddressId(form).isEmpty()) {
                binding.rejectValue("addressId", "checkout.address.choose");
            }
            return;
        }
        addresses.check(form.address(), binding);
    }

    /** The card, when the order is to be placed; empty when any of its fields is wrong (each marked on the form). */
    Optional<CheckoutClient.Card> card(CheckoutForm form, BindingResult binding) {
        String number = form.cardNumber() == null ? "" : form.cardNumber().replaceAll("[ -]", "");
        if (!number.matches("[0-9]{12,19}") || !luhn(number)) {
            reject(binding, "cardNumber", "checkout.card.number.invalid");
        }
        Integer month = number(form.expMonth(), 2);
        Integer year = number(form.expYear(), 4);
        if (year != null && year < 100) {
            year += 2000;
        }
        YearMonth now = YearMonth.now(clock);
        if (month == null || month < 1 || month > 12) {
            reject(binding, "expMonth", "checkout.card.month.invalid");
        }
        if (year == null || year < now.getYear() || year > now.getYear() + 20) {
            reject(binding, "expYear", "checkout.card.year.invalid");
        } else if (month != null && month >= 1 && month <= 12 && YearMonth.of(year, month).isBefore(now)) {
            reject(binding, "expMonth", "checkout.card.expired");
        }
        String cvc = form.cvc() == null ? "" : form.cvc().strip();
        if (!cvc.matches("[0-9]{3,4}")) {
            reject(binding, "cvc", "checkout.card.cvc.invalid");
        }
        if (binding.hasFieldErrors("cardNumber") || binding.hasFieldErrors("expMonth") || binding.hasFieldErrors("expYear")
                || binding.hasFieldErrors("cvc")) {
            return Optional.empty();
        }
        return Optional.of(new CheckoutClient.Card(number, month, year, cvc));
    }

    /** A card field's error, without the value typed (an error keeps its rejected value, which must not be the card). */
    private static void reject(BindingResult binding, String field, String code) {
        binding.addError(new FieldError(binding.getObjectName(), field, null, false, binding.resolveMessageCodes(code, field),
                null, null));
    }

    static Optional<UUID> savedAddressId(CheckoutForm form) {
        try {
            return form.addressId() == null ? Optional.empty() : Optional.of(UUID.fromString(form.addressId()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static @Nullable Integer number(@Nullable String text, int maxDigits) {
        if (text == null || !text.strip().matches("[0-9]{1," + maxDigits + "}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
