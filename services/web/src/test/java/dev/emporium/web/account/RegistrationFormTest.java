package dev.emporium.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class RegistrationFormTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void acceptsANameAnEmailAndAPasswordOfTenCharacters() {
        assertThat(VALIDATOR.validate(new RegistrationForm("Ada Lovelace", "ada@example.com", "0123456789"))).isEmpty();
    }

    @Test
    void refusesAPasswordOfNineCharacters() {
        assertThat(fields(VALIDATOR.validate(new RegistrationForm("Ada", "ada@example.com", "012345678")))).containsExactly("password");
    }

    @Test
    void refusesAnEmailWithoutADomain() {
        assertThat(fields(VALIDATOR.validate(new RegistrationForm("Ada", "ada@localhost", "0123456789")))).containsExactly("email");
    }

    @Test
    void refusesABlankName() {
        assertThat(fields(VALIDATOR.validate(new RegistrationForm("   ", "ada@example.com", "0123456789")))).containsExactly("name");
    }

    private static Set<String> fields(Set<ConstraintViolation<RegistrationForm>> violations) {
        return violations.stream().map(violation -> violation.getPropertyPath().toString()).collect(java.util.stream.Collectors.toSet());
    }
}
