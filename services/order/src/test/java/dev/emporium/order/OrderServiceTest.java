package dev.emporium.order;

import dev.emporium.testsupport.EmporiumServiceTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The order service against real PostgreSQL and Kafka; one context for all tests. Payment is not running: its address
 * is a closed port, so refund jobs stay PENDING and retry (the tests of the refund step drive it with a double of the
 * payment port). The built-in carrier's reports come after a minute, so shipped orders stay SHIPPED here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EmporiumServiceTest(properties = { "emporium.services.payment.url=http://127.0.0.1:9", "emporium.jobs.polling-interval=200ms" })
public @interface OrderServiceTest {
}
