package dev.emporium.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform as a user runs it: the launcher's {@code up} and {@code down}, all infrastructure embedded,
 * in a temporary {@code EMPORIUM_HOME} and with a port offset so it never meets a developer's running platform.
 */
final class RunningPlatform {

    /** Overridable ({@code -Demporium.e2e.port-offset}) so two checkouts can run their end-to-end suites at once. */
    static final int PORT_OFFSET = Integer.getInteger("emporium.e2e.port-offset", 23_000);
    static final String ADMIN_PASSWORD = "e2e-admin-password";

    final Path home;
    private final Path repository;
    private final Map<String, String> serviceSettings;

    /**
     * @param serviceSettings environment variables for every launcher command; the services inherit the launcher's
     *                        environment, so Spring's relaxed binding makes them properties of each service (a test
     *                        shortens the built-in carrier's delays with {@code EMPORIUM_ORDER_CARRIER_*})
     */
    RunningPlatform(Map<String, String> serviceSettings) {
        this.serviceSettings = Map.copyOf(serviceSettings);
        try {
            this.home = Files.createTempDirectory("emporium-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.repository = Path.of(System.getProperty("emporium.repository", "..")).toAbsolutePath().normalize();
    }

    /** A default port moved by this platform's offset. */
    int port(int defaultPort) {
        return defaultPort + PORT_OFFSET;
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + (8080 + PORT_OFFSET);
    }

    String postgresUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + (5433 + PORT_OFFSET) + "/" + database;
    }

    int redisPort() {
        return 6380 + PORT_OFFSET;
    }

    int[] ports() {
        return new int[] { 8080 + PORT_OFFSET, 8081 + PORT_OFFSET, 8082 + PORT_OFFSET, 8083 + PORT_OFFSET, 5433 + PORT_OFFSET, 9092 + PORT_OFFSET,
                9093 + PORT_OFFSET, 6380 + PORT_OFFSET };
    }

    Result up() {
        return launcher("up");
    }

    Result down() {
        return launcher("down");
    }

    Result status() {
        return launcher("status");
    }

    Result restart(String service) {
        return launcher("restart", service);
    }

    /**
     * Kills a service's JVM as a crash would ({@code kill -9}: no shutdown hook, no graceful stop); the launcher
     * records each service's pid in {@code <home>/run/services/<name>.pid} (first line).
     */
    void crash(String service) {
        try {
            long pid = Long.parseLong(Files.readAllLines(home.resolve("run/services/" + service + ".pid")).get(0).strip());
            ProcessHandle jvm = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(service + " is not running"));
            jvm.destroyForcibly();
            jvm.onExit().get(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not kill " + service, e);
        }
    }

    /** Everything still running from this platform: processes whose command line mentions its home. */
    List<String> leftoverProcesses() {
        List<String> leftovers = new ArrayList<>();
        ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .forEach(p -> p.info().commandLine().filter(cmd -> cmd.contains(home.toString()))
                        .ifPresent(cmd -> leftovers.add(p.pid() + " " + cmd)));
        return leftovers;
    }

    /** Every log the platform wrote: each service's, the infrastructure's and the launcher's. */
    List<Path> logFiles() {
        try (var logs = Files.walk(home.resolve("logs"))) {
            return logs.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the platform's home, unless {@code -Demporium.e2e.keep-home=true} keeps its logs and data for a post-mortem. */
    void deleteHome() {
        if (Boolean.getBoolean("emporium.e2e.keep-home")) {
            System.out.println("Kept the platform's home: " + home);
            return;
        }
        try (var paths = Files.walk(home)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }

    private Result launcher(String... command) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = repository.resolve("launcher/target/launcher-0.1.0-SNAPSHOT.jar") + ":"
                + repository.resolve("launcher/target/lib") + "/*";
        List<String> commandLine = new ArrayList<>(List.of(java, "-cp", classpath, "dev.emporium.launcher.Launcher"));
        commandLine.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(commandLine)
                .directory(repository.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("EMPORIUM_HOME", home.toString());
        env.put("EMPORIUM_REPO", repository.toString());
        env.put("EMPORIUM_PORT_OFFSET", Integer.toString(PORT_OFFSET));
        env.put("EMPORIUM_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // AOT caches on, as for users: a start never waits for one (a build's first start runs the jars and trains the
        // caches in the background at idle priority, launcher README), and later platforms and restarts use them
        env.remove("EMPORIUM_AOT_CACHE");
        List.of("EMPORIUM_POSTGRES_URL", "EMPORIUM_KAFKA_BOOTSTRAP_SERVERS", "EMPORIUM_REDIS_URL").forEach(env::remove);
        env.putAll(serviceSettings);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("launcher " + String.join(" ", command) + " did not finish:\n" + output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Result(int exitCode, String output) {
    }
}
