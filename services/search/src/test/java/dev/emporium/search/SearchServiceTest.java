package dev.emporium.search;

import dev.emporium.testsupport.EmporiumServiceTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The search service on a random port, indexing {@link #TOPIC} on the embedded Kafka broker into a fresh index
 * directory. Test classes with this annotation share one Spring context; each test isolates its products by giving
 * them their own category (or words) and filtering by it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EmporiumServiceTest(properties = {
        "emporium.search.products-topic=" + SearchServiceTest.TOPIC,
        "emporium.search.index-dir=target/test-indexes/${random.uuid}",
        "emporium.search.topic-retry-interval=200ms" })
public @interface SearchServiceTest {
    String TOPIC = "test.search.products";
}
