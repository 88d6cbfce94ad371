package dev.emporium.platform.runtime;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** What every service needs and none should declare itself. */
@AutoConfiguration
public class RuntimeAutoConfiguration {

    /** UTC wall clock; a test replaces it with a fixed or stepping one by declaring its own {@code Clock} bean. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
