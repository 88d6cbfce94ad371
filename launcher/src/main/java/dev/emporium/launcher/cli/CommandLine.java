package dev.emporium.launcher.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A parsed {@code ./platform} command line. */
public record CommandLine(Command command, Optional<String> target, boolean foreground, boolean follow) {

    public enum Command { UP, DOWN, STATUS, RESTART, LOGS, HELP, CHECK_BUILD, TRAIN_AOT_CACHES }

    /** Not for users (not in the usage): the background AOT training {@code up} starts, its services comma-separated. */
    public static final String TRAIN_AOT_CACHES = "train-aot-caches";

    public static final String USAGE = """
            Usage: ./platform <command>
              up [--foreground]     start PostgreSQL, Kafka, Redis and every service; returns once all are ready
                                    (--foreground: stay attached, Ctrl-C stops everything)
              down                  stop everything (services first), keeping all data
              status                show each component with its pid, port and state
              restart <service>     stop and start one service, wait until it is ready
              logs <name> [-f]      print a log (a service, postgres, kafka, redis or launcher); -f follows it
              help                  show this help
            Environment: EMPORIUM_HOME, EMPORIUM_PORT_OFFSET, EMPORIUM_START_TIMEOUT, EMPORIUM_POSTGRES_URL/_USER/_PASSWORD,
            EMPORIUM_KAFKA_BOOTSTRAP_SERVERS, EMPORIUM_REDIS_URL, EMPORIUM_ADMIN_PASSWORD (see launcher/README.md).""";

    public static CommandLine parse(String... args) {
        if (args.length == 0) {
            throw new UsageException("No command given.");
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        return switch (args[0]) {
            case "up" -> {
                boolean foreground = rest.remove("--foreground");
                noMoreArguments(rest);
                yield new CommandLine(Command.UP, Optional.empty(), foreground, false);
            }
            case "down" -> simple(Command.DOWN, rest);
            case "status" -> simple(Command.STATUS, rest);
            case "help", "-h", "--help" -> simple(Command.HELP, rest);
            case "check-build" -> simple(Command.CHECK_BUILD, rest);
            case TRAIN_AOT_CACHES -> new CommandLine(Command.TRAIN_AOT_CACHES,
                    Optional.of(target(rest, TRAIN_AOT_CACHES + " <service>,...")), false, false);
            case "restart" -> new CommandLine(Command.RESTART, Optional.of(target(rest, "restart <service>")), false, false);
            case "logs" -> {
                boolean follow = rest.remove("-f") | rest.remove("--follow");
                yield new CommandLine(Command.LOGS, Optional.of(target(rest, "logs <name> [-f]")), false, follow);
            }
            default -> throw new UsageException("Unknown command: " + args[0]);
        };
    }

    private static CommandLine simple(Command command, List<String> rest) {
        noMoreArguments(rest);
        return new CommandLine(command, Optional.empty(), false, false);
    }

    private static String target(List<String> rest, String synopsis) {
        if (rest.size() != 1 || rest.getFirst().startsWith("-")) {
            throw new UsageException("Expected: " + synopsis);
        }
        return rest.getFirst();
    }

    private static void noMoreArguments(List<String> rest) {
        if (!rest.isEmpty()) {
            throw new UsageException("Unexpected argument: " + rest.getFirst());
        }
    }
}
