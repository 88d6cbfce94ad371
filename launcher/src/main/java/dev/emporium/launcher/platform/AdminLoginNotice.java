package dev.emporium.launcher.platform;

import dev.emporium.launcher.config.Secrets;

import java.util.Optional;

/**
 * The admin login line of {@code up}'s summary. A generated password is shown on the terminal once, the first
 * time the platform is reported ready, and never written to launcher.log; afterwards the line says where it is
 * kept. A password chosen with EMPORIUM_ADMIN_PASSWORD is never printed: its owner knows it.
 *
 * @param terminal what the terminal shows
 * @param log      what launcher.log records: never the password
 */
record AdminLoginNotice(String terminal, String log) {

    static final String ADMIN_EMAIL = "admin@emporium.local";

    /** Marks a generated password as shown when this notice is the one that shows it. */
    static AdminLoginNotice of(Optional<String> chosen, Secrets secrets) {
        if (chosen.isPresent()) {
            String line = ADMIN_EMAIL + " / the password in EMPORIUM_ADMIN_PASSWORD";
            return new AdminLoginNotice(line, line);
        }
        String kept = "kept in " + secrets.file() + " (admin.password)";
        if (secrets.adminPasswordShown()) {
            String line = ADMIN_EMAIL + " / the password shown by the first up, " + kept;
            return new AdminLoginNotice(line, line);
        }
        String password = secrets.adminPassword();
        secrets.markAdminPasswordShown();
        return new AdminLoginNotice(ADMIN_EMAIL + " / " + password + "  (shown this once; " + kept + ")",
                ADMIN_EMAIL + " / (generated password shown on the terminal only; " + kept + ")");
    }
}
