package dev.emporium.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class PublicCachingTest {

    private final PublicCaching caching = new PublicCaching(Duration.ofSeconds(2));

    @Test
    void letsSharedCachesReuseAnAnswerForEveryoneOnlyForTheSharedFreshness() {
        assertThat(caching.forEveryone().getHeaderValue()).isEqualTo("max-age=0, must-revalidate, public, s-maxage=2");
    }

    @Test
    void treatsAnonymousCallersAndCustomersAsEveryone() {
        var anonymous = new AnonymousAuthenticationToken("key", "anonymous", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));
        var customer = new TestingAuthenticationToken("c", null, "ROLE_CUSTOMER");

        assertThat(caching.forCaller(null)).isSameAs(caching.forEveryone());
        assertThat(caching.forCaller(anonymous)).isSameAs(caching.forEveryone());
        assertThat(caching.forCaller(customer)).isSameAs(caching.forEveryone());
    }

    @Test
    void keepsAnAdminsAnswerPrivate() {
        var admin = new TestingAuthenticationToken("a", null, "ROLE_ADMIN");

        assertThat(caching.forCaller(admin).getHeaderValue()).isEqualTo("max-age=0, must-revalidate, private");
    }
}
