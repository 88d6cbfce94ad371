package dev.emporium.checkout;

import dev.emporium.testsupport.EmporiumServiceTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checkout against a fresh database, the embedded Kafka and the test JWKS. Each context consumes
 * {@code catalog.products} in a group of its own, so contexts kept alive by the test framework do not share (and
 * split) the topic's partitions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EmporiumServiceTest(properties = "spring.kafka.consumer.group-id=checkout-${random.uuid}")
public @interface CheckoutServiceTest {
}
