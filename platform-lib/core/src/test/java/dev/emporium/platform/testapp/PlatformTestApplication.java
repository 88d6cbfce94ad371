package dev.emporium.platform.testapp;

import dev.emporium.contracts.Topic;
import dev.emporium.platform.events.EventTopics;
import dev.emporium.platform.security.HttpAuthorizationRules;
import dev.emporium.platform.security.InternalScopes;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A minimal service built on the platform, to test what every service inherits. */
@SpringBootApplication
public class PlatformTestApplication {

    /** What the outbox tests publish. */
    public static final Topic OUTBOX = new Topic("platform-test.outbox", 3, false);
    /** Full states of probe rows, for the per-key order test. */
    public static final Topic STATES = new Topic("platform-test.states", 3, false);
    /** What {@link SampleListener} consumes. */
    public static final Topic SAMPLES = new Topic(SampleListener.TOPIC, 3, false);
    /** What the internal sample endpoints require. */
    public static final String SCOPE = "sample:reserve";

    @Bean
    HttpAuthorizationRules publicSamples() {
        return rules -> rules.requestMatchers("/api/v1/public/**").permitAll();
    }

    /** Reservations need {@code sample:reserve}; {@code /internal/samples/undeclared} is named by no rule. */
    @Bean
    InternalScopes sampleInternalScopes() {
        return InternalScopes.require(SCOPE, "/internal/samples/reservations/**");
    }

    @Bean
    EventTopics sampleTopics() {
        return EventTopics.of(List.of(OUTBOX, STATES), List.of(SAMPLES));
    }
}
