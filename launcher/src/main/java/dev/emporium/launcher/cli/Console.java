package dev.emporium.launcher.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the launcher tells the user. Everything printed is also written to launcher.log once logging is set up,
 * so a detached {@code up} can be reconstructed afterwards with {@code ./platform logs launcher}.
 */
public final class Console {

    private static volatile Logger log;

    private Console() {
    }

    /** Called once the log4j2 configuration is in place; before that nothing is logged (only printed). */
    public static void enableLog() {
        log = LoggerFactory.getLogger("emporium.launcher");
    }

    public static void out(String message) {
        System.out.println(message);
        if (log != null) {
            log.info(message);
        }
    }

    /** A line holding a secret: {@code shown} on the terminal, {@code logged} (without it) in launcher.log. */
    public static void out(String shown, String logged) {
        System.out.println(shown);
        if (log != null) {
            log.info(logged);
        }
    }

    public static void error(String message) {
        System.err.println(message);
        if (log != null) {
            log.error(message);
        }
    }
}
