package dev.emporium.launcher.infra.kafka;

import dev.emporium.launcher.config.Settings;
import dev.emporium.launcher.infra.ComponentFailedException;
import dev.emporium.launcher.infra.EmbeddedComponent;
import dev.emporium.launcher.infra.Readiness;
import dev.emporium.launcher.process.PidFile;
import dev.emporium.launcher.process.Processes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A single-node Kafka (KRaft, broker and controller in one process) from the kafka_2.13 Maven artifact, run as
 * its own JVM on the launcher's lib/ directory, with its data under EMPORIUM_HOME/kafka.
 *
 * <p>The quorum is static ({@code controller.quorum.voters}) rather than bootstrapped with {@code --standalone}:
 * the voter's address then lives in server.properties, which is rewritten on every start, so a different port
 * offset with the same data directory still works.
 */
public final class KafkaBroker implements EmbeddedComponent {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration FORMAT_TIMEOUT = Duration.ofMinutes(2);

    private final Settings settings;
    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final PidFile pidFile;

    public KafkaBroker(Settings settings) {
        this.settings = settings;
        this.dir = settings.home().resolve("kafka");
        this.port = settings.port(Settings.KAFKA_PORT);
        this.controllerPort = settings.port(Settings.KAFKA_CONTROLLER_PORT);
        this.pidFile = new PidFile(settings.runDir().resolve("kafka.pid"));
    }

    @Override
    public String name() {
        return "kafka";
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public static String serverProperties(Path dataDir, int port, int controllerPort) {
        return """
                # Written by the Emporium launcher on every start; edits are lost.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                controller.listener.names=CONTROLLER
                log.dirs=%3$s
                auto.create.topics.enable=false
                num.partitions=3
                default.replication.factor=1
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, dataDir);
    }

    /** Writes the configuration, formats the storage the first time, and starts the broker (not yet ready). */
    public ProcessHandle start() {
        Path dataDir = dir.resolve("data");
        Path properties = dir.resolve("server.properties");
        Path log4j = dir.resolve("log4j2.xml");
        Path log = settings.logFile(name());
        try {
            Files.createDirectories(dataDir);
            Files.writeString(properties, serverProperties(dataDir, port, controllerPort));
            try (InputStream config = KafkaBroker.class.getResourceAsStream("kafka-log4j2.xml")) {
                Files.copy(config, log4j, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            int status = Processes.runToCompletion(java(log4j, List.of(), "kafka.tools.StorageTool",
                    "format", "-t", Uuid.randomUuid().toString(), "-c", properties.toString()), log, FORMAT_TIMEOUT);
            if (status != 0) {
                throw new ComponentFailedException(name(), "Formatting Kafka's storage failed (exit status " + status + ")");
            }
        }
        Process process = Processes.startDetached(
                java(log4j, brokerClassDataArchive(), "kafka.Kafka", properties.toString()),
                Map.of("MALLOC_ARENA_MAX", "2"), dir, log);
        pidFile.write(process.toHandle());
        return process.toHandle();
    }

    private List<String> java(Path log4j, List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                // a heap that starts small and compact object headers: the broker's idle PSS (docs/performance.md)
                settings.java().toString(), "-Xms16m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders",
                "-XX:TrimNativeHeapInterval=30000",
                // Kafka 4.1 still frees its index buffers through sun.misc.Unsafe: allowed without a warning
                "--sun-misc-unsafe-memory-access=allow",
                "-Dlog4j2.configurationFile=" + log4j,
                "-cp", settings.libDir().resolve("*").toString()));
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /**
     * A class-data-sharing archive of the broker's classes, written when the first broker exits and rebuilt by
     * the JVM whenever lib/ changes: the broker is then ready in about half the time (3-4 s instead of 7-8 s on
     * two cores). Only for the broker, whose classes it should hold, not the storage tool's.
     */
    private List<String> brokerClassDataArchive() {
        return List.of("-XX:SharedArchiveFile=" + dir.resolve("kafka.jsa"), "-XX:+AutoCreateSharedArchive");
    }

    /** Ready once the broker answers a metadata request, which it does only after joining its own quorum. */
    public static void awaitReady(KafkaEndpoint endpoint, Optional<ProcessHandle> process, Duration timeout) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoint.bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        try (Admin admin = Admin.create(config)) {
            Readiness.await("kafka", "Kafka at " + endpoint.bootstrapServers(), timeout, process, () -> {
                try {
                    return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }

    @Override
    public Optional<ProcessHandle> running() {
        return pidFile.liveProcess();
    }

    @Override
    public boolean stop() {
        boolean graceful = running().map(broker -> Processes.stop(List.of(broker), "TERM", STOP_GRACE)).orElse(true);
        pidFile.delete();
        return graceful;
    }
}
