package dev.emporium.payment.provider;

/**
 * What is left of a card after tokenization: the token and what may be shown (brand, last four digits, expiry).
 *
 * @param token       the provider's token for the card; null when the provider refused the card
 * @param declineCode why the provider refused the card ({@code incorrect_number}, {@code expired_card},
 *                    {@code incorrect_cvc}); null when it took it
 */
public record Tokenized(String token, String brand, String last4, int expMonth, int expYear, String declineCode) {

    public boolean refused() {
        return declineCode != null;
    }
}
