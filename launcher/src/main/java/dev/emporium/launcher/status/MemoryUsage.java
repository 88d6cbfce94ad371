package dev.emporium.launcher.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * How much memory a component takes: its proportional set size (PSS), summed over the process and its
 * descendants (PostgreSQL runs one backend process per connection). PSS splits shared pages between the processes
 * sharing them, so the figures of several components add up to what they take together; RSS would count the
 * shared JDK and PostgreSQL pages once per process. Linux reports PSS in /proc/&lt;pid&gt;/smaps_rollup; elsewhere
 * (macOS) the figure is the RSS from ps(1).
 */
public final class MemoryUsage {

    private static final Path PROC = Path.of("/proc");

    private MemoryUsage() {
    }

    /** What {@link #ofProcessTree} measures here: PSS on Linux, RSS elsewhere. */
    public static String measure() {
        return Files.isDirectory(PROC) ? "PSS" : "RSS";
    }

    /** Bytes used by the process and its descendants, empty if it cannot be read (gone, or not allowed). */
    public static OptionalLong ofProcessTree(ProcessHandle process) {
        List<ProcessHandle> tree = Stream.concat(Stream.of(process), process.descendants()).toList();
        if (Files.isDirectory(PROC)) {
            return sum(tree.stream().map(member -> pss(member.pid())).toList());
        }
        return sum(tree.stream().map(member -> rssFromPs(member.pid())).toList());
    }

    /** The {@code Pss:} line of an smaps_rollup text, in bytes. */
    public static OptionalLong parsePss(String smapsRollup) {
        return smapsRollup.lines()
                .filter(line -> line.startsWith("Pss:"))
                .findFirst()
                .map(line -> OptionalLong.of(kilobytes(line.substring("Pss:".length()))))
                .orElse(OptionalLong.empty());
    }

    /** ps -o rss= prints kilobytes. */
    public static OptionalLong parsePsRss(String output) {
        String value = output.strip();
        return value.matches("[0-9]+") ? OptionalLong.of(Long.parseLong(value) * 1024) : OptionalLong.empty();
    }

    /** Like docker stats: binary units, one decimal, e.g. 312.4MiB, 1.9GiB. */
    public static String format(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + "B" : String.format(Locale.ROOT, "%.1f%s", value, units[unit]);
    }

    /** A process that ended between listing and reading counts as nothing; only an unreadable root is unknown. */
    private static OptionalLong sum(List<OptionalLong> parts) {
        if (parts.isEmpty() || parts.getFirst().isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(parts.stream().mapToLong(part -> part.orElse(0)).sum());
    }

    private static OptionalLong pss(long pid) {
        try {
            return parsePss(Files.readString(PROC.resolve(Long.toString(pid)).resolve("smaps_rollup")));
        } catch (IOException | SecurityException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong rssFromPs(long pid) {
        try {
            Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", Long.toString(pid)).redirectErrorStream(true).start();
            String output = new String(ps.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            return ps.waitFor() == 0 ? parsePsRss(output) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    private static long kilobytes(String value) {
        String number = value.strip().split("\\s+")[0];
        return Long.parseLong(number) * 1024;
    }
}
