package dev.emporium.launcher.platform;

import dev.emporium.launcher.config.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AdminLoginNoticeTest {

    @TempDir
    Path home;

    @Test
    void showsAGeneratedPasswordOnTheTerminalOnceAndNeverInTheLog() {
        Secrets secrets = Secrets.in(home);
        String password = secrets.adminPassword();

        AdminLoginNotice first = AdminLoginNotice.of(Optional.empty(), secrets);
        AdminLoginNotice second = AdminLoginNotice.of(Optional.empty(), Secrets.in(home));

        assertThat(first.terminal()).contains("admin@emporium.local", password);
        assertThat(first.log()).contains("admin@emporium.local").doesNotContain(password);
        assertThat(second.terminal()).doesNotContain(password).contains(secrets.file().toString());
        assertThat(second.log()).doesNotContain(password);
    }

    @Test
    void neverPrintsAPasswordChosenWithTheEnvironment() {
        AdminLoginNotice notice = AdminLoginNotice.of(Optional.of("chosen-by-me"), Secrets.in(home));

        assertThat(notice.terminal()).contains("EMPORIUM_ADMIN_PASSWORD").doesNotContain("chosen-by-me");
        assertThat(notice.log()).doesNotContain("chosen-by-me");
    }
}
