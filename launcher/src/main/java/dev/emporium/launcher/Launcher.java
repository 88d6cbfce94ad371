package dev.emporium.launcher;

import dev.emporium.launcher.build.BuildFreshness;
import dev.emporium.launcher.cli.CommandLine;
import dev.emporium.launcher.cli.Console;
import dev.emporium.launcher.cli.UsageException;
import dev.emporium.launcher.config.Settings;
import dev.emporium.launcher.platform.Platform;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of {@code ./platform}: a plain Java program (not Spring Boot) that starts and stops the whole
 * platform. Exit codes: 0 success, 1 failure, 2 usage error; {@code status} also uses 3 for "not running".
 */
public final class Launcher {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (UsageException e) {
            Console.error(e.getMessage());
            Console.error(CommandLine.USAGE);
            return EXIT_USAGE;
        }
        if (commandLine.command() == CommandLine.Command.HELP) {
            Console.out(CommandLine.USAGE);
            return EXIT_OK;
        }
        try {
            Settings settings = Settings.fromEnvironment(System.getenv(), launcherDirectory());
            settings.requireRepository();
            configureLogging(settings);
            return switch (commandLine.command()) {
                case CHECK_BUILD -> BuildFreshness.check(settings);
                default -> new Platform(settings).run(commandLine);
            };
        } catch (UsageException e) {
            Console.error(e.getMessage());
            return EXIT_USAGE;
        } catch (LauncherException e) {
            Console.error(e.getMessage());
            return EXIT_FAILURE;
        }
    }

    /** launcher/target: holds the launcher jar (or classes/ when run from an IDE) and lib/. */
    private static Path launcherDirectory() {
        try {
            Path codeSource = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeSource.toAbsolutePath().getParent();
        } catch (URISyntaxException e) {
            throw new LauncherException("Cannot tell where the launcher jar is: " + e.getMessage(), e);
        }
    }

    /** Must run before the first logger is created: libraries log to launcher.log, never to the terminal. */
    private static void configureLogging(Settings settings) {
        System.setProperty("emporium.launcher.log", settings.logFile("launcher").toString());
        System.setProperty("log4j2.configurationFile", "emporium-launcher-log4j2.xml");
        try {
            Files.createDirectories(settings.logsDir());
        } catch (IOException e) {
            throw new LauncherException("Cannot create " + settings.logsDir() + ": " + e.getMessage(), e);
        }
        Console.enableLog();
    }
}
