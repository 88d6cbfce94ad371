package dev.emporium.launcher.services;

import dev.emporium.launcher.cli.CommandLine;
import dev.emporium.launcher.cli.Console;
import dev.emporium.launcher.config.PlatformState;
import dev.emporium.launcher.config.Secrets;
import dev.emporium.launcher.config.Settings;
import dev.emporium.launcher.process.PidFile;
import dev.emporium.launcher.process.Processes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Starts each service as its own JVM, detached, and tells when it is ready. */
public final class ServiceRunner {

    /**
     * Small footprint without giving up the C2 compiler (what each option buys: docs/performance.md): serial GC
     * (no GC threads to share 2 cores, the smallest GC structures), compact object headers (8 instead of 12
     * bytes per object), a heap that starts small and grows only as far as the service needs (the default initial
     * heap is 1/64 of the machine's memory, all of it touched by the first young collections; after a collection
     * 20-40 % is kept free instead of 40-70 %), native memory freed by the JIT compilers handed back to the OS
     * every 30 s (malloc keeps it otherwise), small thread stacks, a bounded code cache and metaspace. The
     * maximum heap comes from the service list.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders", "-Xms16m", "-XX:MinHeapFreeRatio=20",
            "-XX:MaxHeapFreeRatio=40", "-XX:TrimNativeHeapInterval=30000", "-Xss512k", "-XX:ReservedCodeCacheSize=64m",
            "-XX:MaxMetaspaceSize=192m");

    /**
     * glibc gives each thread that allocates concurrently its own malloc arena (up to 8 per core), and the JVM's
     * many threads leave most of them mostly empty but resident; two arenas are enough for a service.
     */
    static final Map<String, String> NATIVE_MEMORY_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    /** EMPORIUM_AOT_CACHE=false runs the services from their jars without an AOT cache. */
    static final String AOT_CACHE_SWITCH = "EMPORIUM_AOT_CACHE";

    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(10);

    /** A service that did not become ready, and why. */
    public record StartFailure(ServiceDefinition service, String reason) {
    }

    private final Settings settings;
    private final ServiceCatalog catalog;
    private final Secrets secrets;
    private final Optional<AotCache> aotCache;
    private final BackgroundTraining training;
    /** Services this launcher started without a cache their build could have. */
    private final Set<String> untrained = ConcurrentHashMap.newKeySet();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public ServiceRunner(Settings settings, ServiceCatalog catalog, Secrets secrets) {
        this.settings = settings;
        this.catalog = catalog;
        this.secrets = secrets;
        AotCache cache = new AotCache(settings.java(), BackgroundTraining.TIMEOUT);
        this.aotCache = "false".equalsIgnoreCase(System.getenv(AOT_CACHE_SWITCH)) ? Optional.empty() : Optional.of(cache);
        this.training = new BackgroundTraining(cache, settings.java(), settings.runDir().resolve("aot-training"), settings.repo(),
                settings.logFile(BackgroundTraining.LOG),
                Map.of("EMPORIUM_HOME", settings.home().toString(), "EMPORIUM_REPO", settings.repo().toString()));
    }

    /** The options a service runs with (and its AOT cache is trained with). */
    public static List<String> jvmOptions(ServiceDefinition service) {
        List<String> options = new ArrayList<>(JVM_OPTIONS);
        options.add("-Xmx" + service.heap());
        return List.copyOf(options);
    }

    public static List<String> command(Path java, ServiceDefinition service, Path jar, List<String> aotOptions) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions(service));
        command.addAll(aotOptions);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    public Optional<ProcessHandle> running(String service) {
        return pidFile(service).liveProcess();
    }

    /** Services in the run directory, listed or not (the list may have changed since they were started). */
    public List<String> recorded() {
        Path dir = pidDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".pid"))
                    .map(name -> name.substring(0, name.length() - ".pid".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The service runs in the repository root: relative paths in its configuration (e.g. config/) resolve there.
     * With its build's AOT cache if there is one, else from its jar (then remembered for the background training).
     */
    public ProcessHandle start(ServiceDefinition service, PlatformState state) {
        Map<String, String> env = environment(service, state);
        AotCache.Launch launch = launch(service);
        if (launch.trainable()) {
            untrained.add(service.name());
        }
        Process process = Processes.startDetached(command(settings.java(), service, launch.jar(), launch.options()),
                env, settings.repo(), settings.logFile(service.name()));
        pidFile(service.name()).write(process.toHandle());
        return process.toHandle();
    }

    /**
     * Once the services are ready: trains the AOT caches that the ones started here lacked, in the background, for
     * their next start (a start never trains). Returns those services.
     */
    public List<String> trainMissingCachesInBackground() {
        List<String> names = catalog.names().stream().filter(untrained::contains).toList();
        untrained.clear();
        if (!names.isEmpty()) {
            training.start(names);
        }
        return names;
    }

    /** Before the platform stops: a training needs the infrastructure. */
    public void stopBackgroundTraining() {
        training.stopAll();
    }

    /**
     * The background trainer's work (the internal command {@value CommandLine#TRAIN_AOT_CACHES}): the given services'
     * caches, one after another while the platform runs.
     */
    public void trainAotCaches(List<String> names) {
        BackgroundTraining.lowerSessionPriority();
        Optional<PlatformState> state = PlatformState.load(settings);
        List<BackgroundTraining.Job> jobs = state.isEmpty() ? List.of() : names.stream()
                .flatMap(name -> catalog.find(name).stream())
                .map(service -> new BackgroundTraining.Job(service.name(), settings.serviceJar(service.name()),
                        jvmOptions(service), environment(service, state.get())))
                .toList();
        training.trainEach(jobs, () -> Files.exists(PlatformState.file(settings)));
    }

    private Map<String, String> environment(ServiceDefinition service, PlatformState state) {
        Map<String, String> env = new LinkedHashMap<>(
                ServiceEnvironment.of(service, catalog, state, settings.home(), secrets));
        env.putAll(NATIVE_MEMORY_ENVIRONMENT);
        return env;
    }

    private AotCache.Launch launch(ServiceDefinition service) {
        Path jar = settings.serviceJar(service.name());
        return aotCache.map(cache -> cache.launch(service.name(), jar, jvmOptions(service)))
                .orElseGet(() -> new AotCache.Launch(jar, List.of(), false));
    }

    /** SIGTERM (Spring Boot shuts down gracefully), SIGKILL after {@code grace}; pid files removed. */
    public void stop(List<String> services, Duration grace) {
        List<ProcessHandle> processes = services.stream().flatMap(name -> running(name).stream()).toList();
        Processes.stop(processes, "TERM", grace);
        services.forEach(name -> pidFile(name).delete());
    }

    public boolean isReady(PlatformState state, ServiceDefinition service) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(ServiceEnvironment.url(state, service) + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits until every given service answers 200 on its readiness endpoint, printing progress. Returns at the
     * first service that exits or when the timeout is reached, leaving the others as they are.
     */
    public Optional<StartFailure> awaitReady(Map<ServiceDefinition, ProcessHandle> starting, PlatformState state,
                                             Duration timeout) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        Instant nextProgress = start.plus(PROGRESS_INTERVAL);
        Map<ServiceDefinition, ProcessHandle> pending = new LinkedHashMap<>(starting);
        while (!pending.isEmpty()) {
            for (var entry : List.copyOf(pending.entrySet())) {
                ServiceDefinition service = entry.getKey();
                if (isReady(state, service)) {
                    pending.remove(service);
                    Console.out(String.format("  %-14s ready   %s (%.1f s)", service.name(),
                            ServiceEnvironment.url(state, service), Duration.between(start, Instant.now()).toMillis() / 1000.0));
                } else if (!Processes.isRunning(entry.getValue())) {
                    return Optional.of(new StartFailure(service, service.name() + " exited before it was ready"));
                }
            }
            if (pending.isEmpty()) {
                break;
            }
            Instant now = Instant.now();
            if (now.isAfter(deadline)) {
                ServiceDefinition late = pending.keySet().iterator().next();
                return Optional.of(new StartFailure(late, late.name() + " was not ready within " + timeout.toSeconds()
                        + " s (EMPORIUM_START_TIMEOUT)"));
            }
            if (now.isAfter(nextProgress)) {
                Console.out("  ... waiting for " + String.join(", ", pending.keySet().stream().map(ServiceDefinition::name).toList())
                        + " (" + Duration.between(start, now).toSeconds() + " s)");
                nextProgress = now.plus(PROGRESS_INTERVAL);
            }
            sleep(Duration.ofMillis(500));
        }
        return Optional.empty();
    }

    private PidFile pidFile(String service) {
        return new PidFile(pidDir().resolve(service + ".pid"));
    }

    private Path pidDir() {
        return settings.runDir().resolve("services");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
