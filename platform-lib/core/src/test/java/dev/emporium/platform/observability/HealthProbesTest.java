package dev.emporium.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emporium.platform.testapp.PlatformTestApplication;
import dev.emporium.testsupport.EmporiumServiceTest;
import dev.emporium.testsupport.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** What the launcher and a load balancer wait for: readiness answers 503 while the service is not ready. */
@EmporiumServiceTest(classes = PlatformTestApplication.class)
class HealthProbesTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void answersReadinessWith503WhileRefusingTraffic() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

        TestHttp.Response response = new TestHttp("http://127.0.0.1:" + port).get("/actuator/health/readiness");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().path("status").asString()).isEqualTo("OUT_OF_SERVICE");
    }

    @Test
    void answersReadinessWith200WhenReady() {
        assertThat(new TestHttp("http://127.0.0.1:" + port).get("/actuator/health/readiness").status()).isEqualTo(200);
    }
}
