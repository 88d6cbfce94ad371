package dev.emporium.web.address;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks an address typed into a form ({@link AddressForm}'s rules), each mistake on its field, the first one only:
 * the rules about the address as a whole name the field they are about (an unknown country on {@code country}, a
 * United States address without its state on {@code region}). The form's field names are the address's, on the
 * address book's form as on checkout's.
 */
@Component
public class AddressChecks {

    private final Validator validator;

    public AddressChecks(Validator validator) {
        this.validator = validator;
    }

    public void check(AddressForm address, Errors errors) {
        for (ConstraintViolation<AddressForm> violation : validator.validate(address)) {
            String field = switch (violation.getPropertyPath().toString()) {
                case "knownCountry" -> "country";
                case "usStateGiven" -> "region";
                default -> violation.getPropertyPath().toString();
            };
            if (errors.getFieldErrorCount(field) == 0) {
                errors.rejectValue(field, "invalid", violation.getMessage());
            }
        }
    }
}
