package dev.emporium.launcher.infra.redis;

import dev.emporium.launcher.config.Secrets;
import dev.emporium.launcher.config.Settings;
import dev.emporium.launcher.infra.ComponentFailedException;
import dev.emporium.launcher.infra.EmbeddedComponent;
import dev.emporium.launcher.infra.Readiness;
import dev.emporium.launcher.process.PidFile;
import dev.emporium.launcher.process.Processes;
import redis.embedded.core.ExecutableProvider;
import redis.embedded.model.OsArchitecture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Redis: the {@code redis-server} on the PATH if there is one, else the binary shipped in the embedded-redis
 * artifact (copied once to EMPORIUM_HOME/redis/bin). Bound to 127.0.0.1, with an append-only file under
 * EMPORIUM_HOME/redis so the data outlives {@code down}. Every client must authenticate: the generated password
 * ({@code requirepass}) is in a configuration file in the private secrets directory, not on the command line,
 * where anyone on the host could read it.
 */
public final class RedisServer implements EmbeddedComponent {

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final Settings settings;
    private final Path dir;
    private final int port;
    private final PidFile pidFile;

    public RedisServer(Settings settings) {
        this.settings = settings;
        this.dir = settings.home().resolve("redis");
        this.port = settings.port(Settings.REDIS_PORT);
        this.pidFile = new PidFile(settings.runDir().resolve("redis.pid"));
    }

    @Override
    public String name() {
        return "redis";
    }

    public int port() {
        return port;
    }

    public ProcessHandle start(Secrets secrets) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ComponentFailedException(name(), "Cannot create " + dir + ": " + e.getMessage(), e);
        }
        Path config = secrets.writePrivateFile("redis.conf", configuration(secrets.redisPassword()));
        List<String> command = new ArrayList<>(List.of(executable().toString(), config.toString(),
                "--port", Integer.toString(port), "--bind", "127.0.0.1", "--dir", dir.toString(),
                "--appendonly", "yes", "--daemonize", "no"));
        Process process = Processes.startDetached(command, Map.of(), dir, settings.logFile(name()));
        pidFile.write(process.toHandle());
        return process.toHandle();
    }

    static String configuration(String password) {
        return "# Written by the Emporium launcher on every start.\nrequirepass \"" + password + "\"\n";
    }

    private Path executable() {
        return Processes.findOnPath("redis-server").orElseGet(() -> {
            String resource = ExecutableProvider.newProvidedVersionsMap().get(OsArchitecture.detectOSandArchitecture());
            if (resource == null) {
                throw new ComponentFailedException(name(), "No redis-server on the PATH and no bundled one for this system;"
                        + " install Redis or set EMPORIUM_REDIS_URL");
            }
            Path binary = dir.resolve("bin").resolve(Path.of(resource).getFileName().toString());
            if (!Files.isExecutable(binary)) {
                try (InputStream in = ExecutableProvider.class.getResourceAsStream(resource)) {
                    Files.createDirectories(binary.getParent());
                    Files.copy(in, binary, StandardCopyOption.REPLACE_EXISTING);
                    binary.toFile().setExecutable(true, true);
                } catch (IOException e) {
                    throw new ComponentFailedException(name(), "Cannot unpack the bundled redis-server: " + e.getMessage(), e);
                }
            }
            return binary;
        });
    }

    public static void awaitReady(RedisEndpoint endpoint, Optional<ProcessHandle> process, Duration timeout) {
        Readiness.await("redis", "Redis at " + endpoint.url(), timeout, process, () -> ping(endpoint));
    }

    /** PING (after AUTH when there is a password) over a raw socket: true on +PONG. */
    public static boolean ping(RedisEndpoint endpoint) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), 1000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            if (endpoint.password().isPresent()) {
                out.write(command("AUTH", endpoint.password().get()));
                out.flush();
                if (!"+OK".equals(in.readLine())) {
                    return false;
                }
            }
            out.write(command("PING"));
            out.flush();
            return "+PONG".equals(in.readLine());
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] command(String... parts) {
        StringBuilder resp = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            resp.append('$').append(bytes.length).append("\r\n").append(part).append("\r\n");
        }
        return resp.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<ProcessHandle> running() {
        return pidFile.liveProcess();
    }

    @Override
    public boolean stop() {
        boolean graceful = running().map(server -> Processes.stop(List.of(server), "TERM", STOP_GRACE)).orElse(true);
        pidFile.delete();
        return graceful;
    }
}
