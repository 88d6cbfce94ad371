package dev.emporium.launcher.platform;

import dev.emporium.launcher.Launcher;
import dev.emporium.launcher.LauncherException;
import dev.emporium.launcher.cli.CommandLine;
import dev.emporium.launcher.cli.Console;
import dev.emporium.launcher.cli.UsageException;
import dev.emporium.launcher.config.PlatformState;
import dev.emporium.launcher.config.Secrets;
import dev.emporium.launcher.config.Settings;
import dev.emporium.launcher.infra.ComponentFailedException;
import dev.emporium.launcher.infra.EmbeddedComponent;
import dev.emporium.launcher.infra.Readiness;
import dev.emporium.launcher.infra.kafka.KafkaBroker;
import dev.emporium.launcher.infra.postgres.DatabaseProvisioner;
import dev.emporium.launcher.infra.postgres.EmbeddedPostgresServer;
import dev.emporium.launcher.infra.redis.RedisServer;
import dev.emporium.launcher.process.LogFiles;
import dev.emporium.launcher.process.Net;
import dev.emporium.launcher.services.BackgroundTraining;
import dev.emporium.launcher.services.ServiceCatalog;
import dev.emporium.launcher.services.ServiceDefinition;
import dev.emporium.launcher.services.ServiceEnvironment;
import dev.emporium.launcher.services.ServiceRunner;
import dev.emporium.launcher.status.ComponentStatus;
import dev.emporium.launcher.status.MemoryUsage;
import dev.emporium.launcher.status.StatusTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The commands. Process model: no supervisor. {@code up} starts every component as a detached process (its own
 * session, output to its log), records its pid and start time under EMPORIUM_HOME/run (PostgreSQL records its
 * own postmaster.pid), waits until all are ready and returns. Every later command works from those records, so
 * nothing depends on the JVM that ran {@code up} still being there; {@code up --foreground} is the same plus a
 * JVM that stays and runs {@code down} when it receives SIGINT or SIGTERM.
 */
public final class Platform {

    public static final int EXIT_NOT_RUNNING = 3;

    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(20);
    private static final int FAILURE_LOG_LINES = 40;
    private static final Set<String> INFRASTRUCTURE_LOGS = Set.of("postgres", "kafka", "redis", "launcher", BackgroundTraining.LOG);

    private final Settings settings;
    private final ServiceCatalog catalog;
    private final ServiceRunner services;
    private final EmbeddedPostgresServer postgres;
    private final KafkaBroker kafka;
    private final RedisServer redis;
    private final Secrets secrets;
    private volatile boolean foreground;
    private volatile boolean stopping;

    public Platform(Settings settings) {
        this.settings = settings;
        this.catalog = ServiceCatalog.load(settings.servicesFile());
        this.secrets = Secrets.in(settings.home());
        this.services = new ServiceRunner(settings, catalog, secrets);
        this.postgres = new EmbeddedPostgresServer(settings.home().resolve("postgres"), settings.logFile("postgres"),
                settings.port(Settings.POSTGRES_PORT));
        this.kafka = new KafkaBroker(settings);
        this.redis = new RedisServer(settings);
    }

    public int run(CommandLine commandLine) {
        return switch (commandLine.command()) {
            case UP -> up(commandLine.foreground());
            case DOWN -> down();
            case STATUS -> status();
            case RESTART -> restart(commandLine.target().orElseThrow());
            case LOGS -> logs(commandLine.target().orElseThrow(), commandLine.follow());
            case TRAIN_AOT_CACHES -> {
                services.trainAotCaches(List.of(commandLine.target().orElseThrow().split(",")));
                yield Launcher.EXIT_OK;
            }
            case HELP, CHECK_BUILD -> throw new IllegalArgumentException("Not a platform command: " + commandLine.command());
        };
    }

    // ---------------------------------------------------------------- up

    private int up(boolean stayInForeground) {
        requireJars(catalog.services());
        foreground = stayInForeground;
        if (stayInForeground) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                synchronized (this) {
                    stopping = true; // from here on unlessStopping() starts nothing more
                }
                down();
            }, "emporium-down"));
        }
        Instant start = Instant.now();
        PlatformState state = PlatformState.resolve(settings, secrets);
        boolean startedAny;
        try (LauncherLock ignored = LauncherLock.acquire(settings.runDir())) {
            requireSameSettingsAsRunning(state);
            requireFreePorts(state);
            Console.out("Starting Emporium in " + settings.home());
            startedAny = startInfrastructure(state);
            state.save(settings);
            Map<ServiceDefinition, ProcessHandle> processes = new LinkedHashMap<>();
            for (ServiceDefinition service : catalog.services()) {
                Optional<ProcessHandle> running = services.running(service.name());
                if (running.isEmpty()) {
                    startedAny = true;
                }
                ProcessHandle process = running.orElseGet(() -> unlessStopping(() -> services.start(service, state)));
                processes.put(service, process);
                Console.out(String.format("  %-14s %-7s pid %d, log %s", service.name(), running.isPresent() ? "running" : "started",
                        process.pid(), settings.logFile(service.name())));
            }
            Optional<ServiceRunner.StartFailure> failure = services.awaitReady(processes, state, settings.startTimeout());
            if (failure.isPresent()) {
                return reportFailure(failure.get().service().name(), failure.get().reason());
            }
            unlessStopping(services::trainMissingCachesInBackground);
        } catch (ComponentFailedException e) {
            return reportFailure(e.component(), e.getMessage());
        }
        Console.out(startedAny
                ? String.format("Emporium is ready (%d s).", Duration.between(start, Instant.now()).toSeconds())
                : "Emporium is already running.");
        printUrls(state);
        return stayInForeground ? watchUntilStopped() : Launcher.EXIT_OK;
    }

    private void requireJars(List<ServiceDefinition> required) {
        List<String> missing = required.stream().map(service -> settings.serviceJar(service.name()))
                .filter(jar -> !Files.isRegularFile(jar)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new LauncherException("Not built yet:\n  " + String.join("\n  ", missing)
                    + "\nBuild with ./mvnw -DskipTests install (./platform up does it for you).");
        }
    }

    /** A second up completes a running platform; it must not mix in different ports or servers. */
    private void requireSameSettingsAsRunning(PlatformState state) {
        Optional<PlatformState> recorded = PlatformState.load(settings);
        boolean anyRunning = infrastructure().stream().anyMatch(component -> component.running().isPresent())
                || catalog.names().stream().anyMatch(name -> services.running(name).isPresent());
        if (recorded.isPresent() && !recorded.get().equals(state) && anyRunning) {
            throw new LauncherException("Emporium is already running in " + settings.home() + " with other settings"
                    + " (port offset, external servers or passwords); stop it first with ./platform down.");
        }
    }

    /** Checked before anything starts, so a taken port fails fast instead of half-starting the platform. */
    private void requireFreePorts(PlatformState state) {
        Map<Integer, String> wanted = new LinkedHashMap<>();
        if (state.postgres().embedded() && postgres.running().isEmpty()) {
            wanted.put(settings.port(Settings.POSTGRES_PORT), "PostgreSQL");
        }
        if (state.kafka().embedded() && kafka.running().isEmpty()) {
            wanted.put(kafka.port(), "Kafka");
            wanted.put(kafka.controllerPort(), "Kafka controller");
        }
        if (state.redis().embedded() && redis.running().isEmpty()) {
            wanted.put(redis.port(), "Redis");
        }
        for (ServiceDefinition service : catalog.services()) {
            if (services.running(service.name()).isEmpty()) {
                wanted.put(state.port(service.port()), service.name());
            }
        }
        List<String> taken = wanted.entrySet().stream().filter(entry -> !Net.isFree(entry.getKey()))
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")").toList();
        if (!taken.isEmpty()) {
            throw new LauncherException("Ports already in use by other programs: " + String.join(", ", taken)
                    + ".\nStop those programs, or move the whole platform with EMPORIUM_PORT_OFFSET (e.g. 10000).");
        }
    }

    /**
     * Kafka and Redis are spawned first and PostgreSQL is started meanwhile (zonky blocks until it accepts
     * connections), so the slow broker JVM warms up while the databases are created. Returns whether anything
     * had to be started.
     */
    private boolean startInfrastructure(PlatformState state) {
        boolean startedAny = false;
        Duration timeout = settings.startTimeout();
        Optional<ProcessHandle> kafkaProcess = Optional.empty();
        if (state.kafka().embedded()) {
            kafkaProcess = kafka.running();
            if (kafkaProcess.isEmpty()) {
                kafkaProcess = Optional.of(unlessStopping(kafka::start));
                startedAny = true;
            }
        }
        Optional<ProcessHandle> redisProcess = Optional.empty();
        if (state.redis().embedded()) {
            redisProcess = redis.running();
            if (redisProcess.isEmpty()) {
                redisProcess = Optional.of(unlessStopping(() -> redis.start(secrets)));
                startedAny = true;
            }
        }
        Optional<ProcessHandle> postgresProcess = Optional.empty();
        if (state.postgres().embedded()) {
            postgresProcess = postgres.running();
            if (postgresProcess.isEmpty()) {
                postgresProcess = Optional.of(unlessStopping(() -> postgres.start(timeout, secrets.postgresSuperuserPassword())));
                startedAny = true;
            }
        }
        Readiness.await("postgres", "PostgreSQL at " + state.postgres().hostAndPort(), timeout, postgresProcess,
                () -> DatabaseProvisioner.isReachable(state.postgres()));
        if (state.postgres().embedded()) {
            postgres.requirePasswords(state.postgres());
        }
        List<String> databases = catalog.services().stream().flatMap(service -> service.database().stream()).toList();
        try {
            List<String> created = DatabaseProvisioner.provision(state.postgres(), databases, secrets::databasePassword);
            printInfrastructure("postgres", postgresProcess, state.postgres().serverUrl() + (databases.isEmpty() ? ""
                    : "  databases " + String.join(", ", databases) + (created.isEmpty() ? "" : " (created " + String.join(", ", created) + ")")));
        } catch (SQLException e) {
            throw new ComponentFailedException("postgres", "Creating the services' databases failed: " + e.getMessage(), e);
        }
        RedisServer.awaitReady(state.redis(), redisProcess, timeout);
        printInfrastructure("redis", redisProcess, state.redis().url());
        KafkaBroker.awaitReady(state.kafka(), kafkaProcess, timeout);
        printInfrastructure("kafka", kafkaProcess, state.kafka().bootstrapServers());
        return startedAny;
    }

    /**
     * Starts something only while Ctrl-C has not been pressed (up --foreground): the shutdown hook's down then
     * either waits for this start and stops what it started, or runs first and nothing more is started.
     */
    private synchronized <T> T unlessStopping(Supplier<T> start) {
        if (stopping) {
            throw new LauncherException("Stopped while starting.");
        }
        return start.get();
    }

    private static void printInfrastructure(String name, Optional<ProcessHandle> process, String address) {
        Console.out(String.format("  %-14s ready   %s%s", name, address,
                process.map(p -> "  (embedded, pid " + p.pid() + ")").orElse("  (external)")));
    }

    private int reportFailure(String component, String message) {
        Console.error(message);
        Path log = settings.logFile(component);
        List<String> tail = LogFiles.tail(log, FAILURE_LOG_LINES);
        if (!tail.isEmpty()) {
            System.err.println("Last " + tail.size() + " lines of " + log + ":");
            tail.forEach(line -> System.err.println("  | " + line));
        }
        Console.error(foreground
                ? "Stopping everything (up --foreground)."
                : "Everything else is left running: inspect it with ./platform status and ./platform logs <name>,"
                + " stop it with ./platform down.");
        return Launcher.EXIT_FAILURE;
    }

    private void printUrls(PlatformState state) {
        List<String[]> rows = new ArrayList<>();
        catalog.find("gateway").ifPresent(gateway -> {
            String url = "http://localhost:" + state.port(gateway.port());
            if (catalog.find("web").isPresent()) {
                rows.add(new String[] {"Storefront", url + "/"});
                rows.add(new String[] {"Admin portal", url + "/admin"});
            }
            rows.add(new String[] {"Gateway", url});
            rows.add(new String[] {"Swagger UI", url + "/swagger-ui.html"});
            rows.add(new String[] {"API reference", url + "/api-docs.html"});
        });
        catalog.services().forEach(service -> rows.add(new String[] {service.name(), ServiceEnvironment.url(state, service)}));
        rows.add(new String[] {"PostgreSQL", state.postgres().serverUrl() + "  (admin " + state.postgres().adminUser()
                + (state.postgres().embedded() ? ", embedded)" : ", external)")});
        rows.add(new String[] {"Kafka", state.kafka().bootstrapServers() + (state.kafka().embedded() ? "  (embedded)" : "  (external)")});
        rows.add(new String[] {"Redis", state.redis().url() + (state.redis().embedded() ? "  (embedded)" : "  (external)")});
        rows.forEach(row -> Console.out(String.format("  %-14s %s", row[0], row[1])));
        AdminLoginNotice admin = AdminLoginNotice.of(settings.adminPassword(), secrets);
        Console.out(String.format("  %-14s %s", "Admin login", admin.terminal()), String.format("  %-14s %s", "Admin login", admin.log()));
        Console.out(String.format("  %-14s %s", "Logs", settings.logsDir() + "  (./platform logs <name> [-f])"));
        Console.out(String.format("  %-14s %s", "Stop", "./platform down"));
    }

    /** up --foreground: report components that die, return when everything is gone (e.g. down elsewhere). */
    private int watchUntilStopped() {
        Console.out("Running in the foreground: Ctrl-C stops everything.");
        // what is not running now (external infrastructure) is never reported
        Set<String> reported = new HashSet<>();
        aliveness().forEach((name, alive) -> {
            if (!alive) {
                reported.add(name);
            }
        });
        while (true) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Launcher.EXIT_OK;
            }
            if (stopping) {
                continue; // Ctrl-C: the shutdown hook is stopping everything and reports it
            }
            Map<String, Boolean> alive = aliveness();
            if (!alive.containsValue(true)) {
                Console.out("Everything has stopped.");
                return Launcher.EXIT_OK;
            }
            alive.forEach((name, up) -> {
                if (up) {
                    reported.remove(name);
                } else if (reported.add(name)) {
                    Console.error(name + " has stopped; see ./platform logs " + name);
                }
            });
        }
    }

    private Map<String, Boolean> aliveness() {
        Map<String, Boolean> alive = new LinkedHashMap<>();
        infrastructure().forEach(component -> alive.put(component.name(), component.running().isPresent()));
        catalog.names().forEach(name -> alive.put(name, services.running(name).isPresent()));
        return alive;
    }

    // ---------------------------------------------------------------- down

    /**
     * The AOT training first (it needs the infrastructure), then the services (they still flush to the
     * infrastructure), then Kafka, Redis and PostgreSQL, each cleanly.
     */
    private int down() {
        boolean stoppedAny = false;
        try (LauncherLock ignored = LauncherLock.acquire(settings.runDir())) {
            services.stopBackgroundTraining();
            Set<String> serviceNames = new LinkedHashSet<>(catalog.names());
            serviceNames.addAll(services.recorded());
            List<String> running = serviceNames.stream().filter(name -> services.running(name).isPresent()).toList();
            if (!running.isEmpty()) {
                Console.out("Stopping " + String.join(", ", running));
                stoppedAny = true;
            }
            services.stop(List.copyOf(serviceNames), SERVICE_STOP_GRACE);
            for (EmbeddedComponent component : infrastructure()) {
                if (component.running().isPresent()) {
                    Console.out("Stopping " + component.name());
                    stoppedAny = true;
                    if (!component.stop()) {
                        Console.error(component.name() + " did not stop in time and was killed");
                    }
                } else {
                    component.stop();
                }
            }
            Files.deleteIfExists(PlatformState.file(settings));
            List<String> left = new ArrayList<>(serviceNames.stream().filter(name -> services.running(name).isPresent()).toList());
            infrastructure().stream().filter(component -> component.running().isPresent()).forEach(component -> left.add(component.name()));
            if (!left.isEmpty()) {
                Console.error("Still running: " + String.join(", ", left));
                return Launcher.EXIT_FAILURE;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Console.out(stoppedAny ? "Emporium stopped; its data is kept in " + settings.home() + "." : "Emporium is not running.");
        return Launcher.EXIT_OK;
    }

    private List<EmbeddedComponent> infrastructure() {
        return List.of(kafka, redis, postgres);
    }

    // ---------------------------------------------------------------- status

    /** Exit status 0 when everything is ready, 3 when nothing runs, 1 in between. */
    private int status() {
        PlatformState state = PlatformState.recordedOrResolved(settings, secrets);
        List<ComponentStatus> rows = new ArrayList<>();
        rows.add(infrastructureRow(postgres, state.postgres().embedded(), state.postgres().serverUrl(),
                () -> DatabaseProvisioner.isReachable(state.postgres())));
        rows.add(infrastructureRow(kafka, state.kafka().embedded(), state.kafka().bootstrapServers(),
                () -> firstBootstrapServerAccepts(state.kafka().bootstrapServers())));
        rows.add(infrastructureRow(redis, state.redis().embedded(), state.redis().url(), () -> RedisServer.ping(state.redis())));
        for (ServiceDefinition service : catalog.services()) {
            Optional<ProcessHandle> process = services.running(service.name());
            String condition = process.isEmpty() ? "down" : services.isReady(state, service) ? "ready" : "up";
            rows.add(row(service.name(), condition, process, ServiceEnvironment.url(state, service)));
        }
        StatusTable.render(rows, MemoryUsage.measure()).forEach(Console::out);
        boolean anyProcess = rows.stream().anyMatch(row -> row.pid().isPresent());
        boolean allReady = rows.stream().allMatch(row -> row.condition().equals("ready"));
        return allReady ? Launcher.EXIT_OK : anyProcess ? Launcher.EXIT_FAILURE : EXIT_NOT_RUNNING;
    }

    private static ComponentStatus infrastructureRow(EmbeddedComponent component, boolean embedded, String address,
                                                     BooleanSupplier answers) {
        if (!embedded) {
            return row(component.name(), answers.getAsBoolean() ? "ready" : "down", Optional.empty(), address + "  (external)");
        }
        Optional<ProcessHandle> process = component.running();
        String condition = process.isEmpty() ? "down" : answers.getAsBoolean() ? "ready" : "up";
        return row(component.name(), condition, process, address);
    }

    private static ComponentStatus row(String name, String condition, Optional<ProcessHandle> process, String address) {
        return new ComponentStatus(name, condition, process.map(ProcessHandle::pid),
                process.map(MemoryUsage::ofProcessTree).orElse(OptionalLong.empty()), address);
    }

    private static boolean firstBootstrapServerAccepts(String bootstrapServers) {
        String first = bootstrapServers.split(",")[0].strip();
        int colon = first.lastIndexOf(':');
        return colon > 0 && Net.accepts(first.substring(0, colon), Integer.parseInt(first.substring(colon + 1)));
    }

    // ---------------------------------------------------------------- restart

    private int restart(String name) {
        ServiceDefinition service = catalog.find(name).orElseThrow(() -> new UsageException(
                "Unknown service '" + name + "'; the services are: " + String.join(", ", catalog.names())));
        PlatformState state = PlatformState.load(settings).orElseThrow(() -> new LauncherException(
                "Emporium is not running in " + settings.home() + "; start it with ./platform up"));
        requireJars(List.of(service));
        try (LauncherLock ignored = LauncherLock.acquire(settings.runDir())) {
            if (services.running(name).isPresent()) {
                Console.out("Stopping " + name);
            }
            services.stop(List.of(name), SERVICE_STOP_GRACE);
            int port = state.port(service.port());
            if (!Net.isFree(port)) {
                throw new LauncherException("Port " + port + " (" + name + ") is in use by another program");
            }
            ProcessHandle process = services.start(service, state);
            Console.out(String.format("  %-14s started pid %d, log %s", name, process.pid(), settings.logFile(name)));
            Optional<ServiceRunner.StartFailure> failure = services.awaitReady(Map.of(service, process), state, settings.startTimeout());
            if (failure.isPresent()) {
                return reportFailure(name, failure.get().reason());
            }
            services.trainMissingCachesInBackground();
        }
        return Launcher.EXIT_OK;
    }

    // ---------------------------------------------------------------- logs

    /** Printed straight to stdout, not through Console: a log must not be copied into launcher.log. */
    private int logs(String name, boolean follow) {
        Set<String> known = new LinkedHashSet<>(catalog.names());
        known.addAll(services.recorded());
        known.addAll(INFRASTRUCTURE_LOGS);
        if (!known.contains(name)) {
            throw new UsageException("Unknown log '" + name + "'; choose one of: " + String.join(", ", known));
        }
        Path log = settings.logFile(name);
        if (!Files.exists(log) && !follow) {
            throw new LauncherException("No log yet: " + log);
        }
        try {
            if (!follow) {
                Files.copy(log, System.out);
                System.out.flush();
                return Launcher.EXIT_OK;
            }
            long position = Files.exists(log) ? Files.size(log) : 0;
            LogFiles.tail(log, FAILURE_LOG_LINES).forEach(System.out::println);
            LogFiles.follow(log, position, System.out);
            return Launcher.EXIT_OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Launcher.EXIT_OK;
        }
    }
}
