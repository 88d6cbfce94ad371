package dev.emporium.cart;

import dev.emporium.testsupport.EmporiumServiceTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The cart service against the real Redis (its keys under the test's own prefix) and Kafka; one context for all tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EmporiumServiceTest(properties = "emporium.cart.key-prefix=${emporium.test.redis-key-prefix}cart:")
public @interface CartServiceTest {
}
