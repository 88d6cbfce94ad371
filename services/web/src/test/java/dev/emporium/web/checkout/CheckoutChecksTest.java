package dev.emporium.web.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.web.address.AddressChecks;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class CheckoutChecksTest {

    private final CheckoutChecks checks = new CheckoutChecks(
            new AddressChecks(Validation.buildDefaultValidatorFactory().getValidator()),
            Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC));

    @Test
    void takesACardNumberWithSpacesAndAnExpiryThisMonth() {
        Optional<CheckoutClient.Card> card = card("4242 4242 4242 4242", "11", "2026", "123", errors());

        assertThat(card).hasValueSatisfying(each -> {
            assertThat(each.number()).isEqualTo("4242424242424242");
            assertThat(each.expMonth()).isEqualTo(11);
            assertThat(each.expYear()).isEqualTo(2026);
        });
    }

    @Test
    void refusesANumberFailingTheLuhnCheckWithoutKeepingIt() {
        BindingResult errors = errors();

        Optional<CheckoutClient.Card> card = card("4242424242424241", "12", "2030", "123", errors);

        assertThat(card).isEmpty();
        assertThat(errors.getFieldError("cardNumber").getCode()).isEqualTo("checkout.card.number.invalid");
        assertThat(errors.getFieldError("cardNumber").getRejectedValue()).isNull();
    }

    @Test
    void refusesACardThatExpiredLastMonth() {
        BindingResult errors = errors();

        card("4242424242424242", "10", "2026", "123", errors);

        assertThat(errors.getFieldError("expMonth").getCode()).isEqualTo("checkout.card.expired");
    }

    @Test
    void refusesASecurityCodeOfTwoDigits() {
        BindingResult errors = errors();

        card("4242424242424242", "12", "2030", "12", errors);

        assertThat(errors.getFieldError("cvc").getCode()).isEqualTo("checkout.card.cvc.invalid");
    }

    private Optional<CheckoutClient.Card> card(String number, String month, String year, String cvc, BindingResult errors) {
        return checks.card(form(number, month, year, cvc), errors);
    }

    private static BindingResult errors() {
        return new BeanPropertyBindingResult(form(null, null, null, null), "form");
    }

    private static CheckoutForm form(String number, String month, String year, String cvc) {
        return new CheckoutForm(null, "new", null, null, null, null, null, null, null, null, null, "STANDARD", number, month, year,
                cvc, null);
    }
}
