package dev.emporium.identity.user;

import static dev.emporium.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emporium.identity.IdentityApi;
import dev.emporium.platform.security.Roles;
import dev.emporium.testsupport.EmporiumServiceTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first admin is created only when absent, never by promoting an account, and its email is reserved. */
@EmporiumServiceTest(properties = {
        "emporium.identity.admin.email=" + FirstAdminStartupTest.ADMIN_EMAIL,
        "emporium.identity.admin.password=" + FirstAdminStartupTest.ADMIN_PASSWORD })
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminStartupTest {

    static final String ADMIN_EMAIL = "first-admin@emporium.test";
    static final String ADMIN_PASSWORD = "never-in-a-log-7f3a";

    @LocalServerPort int port;
    @Autowired FirstAdmin firstAdmin;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    IdentityApi api;

    @BeforeEach
    void client() {
        api = new IdentityApi(port);
    }

    @Test
    void createsExactlyOneAdminWhenReplicasStartTogetherOnAnEmptyDatabase() throws Exception {
        for (int round = 0; round < 5; round++) {
            deleteAdmin();

            List<Throwable> failures = startTogether(8);

            assertThat(failures).isEmpty();
            assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE email_normalized = :email")
                    .param("email", ADMIN_EMAIL).query(Long.class).single()).isOne();
            assertThat(users.findByEmail(ADMIN_EMAIL).orElseThrow().roles()).contains(Roles.ADMIN);
        }
    }

    @Test
    void leavesAnExistingAdminAsItIs() {
        UUID before = users.findByEmail(ADMIN_EMAIL).orElseThrow().id();

        firstAdmin.run(new DefaultApplicationArguments());

        assertThat(users.findByEmail(ADMIN_EMAIL).orElseThrow().id()).isEqualTo(before);
    }

    @Test
    void refusesToStartWhenTheAdminEmailBelongsToACustomerAndDoesNotPromoteIt() {
        deleteAdmin();
        users.insert(new User(UUID.randomUUID(), ADMIN_EMAIL.toUpperCase(), "Squatter", "{noop}irrelevant",
                List.of(Roles.CUSTOMER), Instant.now()));
        try {
            assertThatThrownBy(() -> firstAdmin.run(new DefaultApplicationArguments()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(ADMIN_EMAIL).hasMessageContaining("never promotes");

            assertThat(users.findByEmail(ADMIN_EMAIL).orElseThrow().roles()).containsExactly(Roles.CUSTOMER);
        } finally {
            deleteAdmin();
            firstAdmin.run(new DefaultApplicationArguments());
        }
    }

    @Test
    void refusesToRegisterTheAdminEmailAsTaken() {
        assertProblem(api.register(ADMIN_EMAIL.toUpperCase(), "correct horse battery", "Mallory"), 409, "EMAIL_TAKEN");
    }

    @Test
    void refusesToRegisterTheAdminEmailEvenBeforeTheAdminExists() {
        deleteAdmin();
        try {
            assertProblem(api.register(ADMIN_EMAIL, "correct horse battery", "Mallory"), 409, "EMAIL_TAKEN");
            assertThat(users.findByEmail(ADMIN_EMAIL)).isEmpty();
        } finally {
            firstAdmin.run(new DefaultApplicationArguments());
        }
    }

    @Test
    void neverLogsTheAdminPassword(CapturedOutput output) {
        deleteAdmin();

        firstAdmin.run(new DefaultApplicationArguments());

        assertThat(output.getAll()).contains("Created the first admin").doesNotContain(ADMIN_PASSWORD);
    }

    private List<Throwable> startTogether(int replicas) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(replicas)) {
            for (int i = 0; i < replicas; i++) {
                runs.add(threads.submit(() -> {
                    start.await();
                    firstAdmin.run(new DefaultApplicationArguments());
                    return null;
                }));
            }
            start.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> run : runs) {
                try {
                    run.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        }
    }

    private void deleteAdmin() {
        jdbc.sql("DELETE FROM app_user WHERE email_normalized = :email").param("email", ADMIN_EMAIL).update();
    }
}
