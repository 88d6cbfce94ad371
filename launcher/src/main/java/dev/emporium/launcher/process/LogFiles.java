package dev.emporium.launcher.process;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reading the components' logs. */
public final class LogFiles {

    private static final int TAIL_WINDOW = 256 * 1024;

    private LogFiles() {
    }

    /** The last lines of a log, read from its end so a large log costs nothing. */
    public static List<String> tail(Path log, int lines) {
        if (!Files.exists(log)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_WINDOW);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints what is appended to a log until interrupted (Ctrl-C), starting at {@code position}. */
    public static void follow(Path log, long position, PrintStream out) throws IOException, InterruptedException {
        long offset = position;
        byte[] buffer = new byte[64 * 1024];
        while (!Thread.currentThread().isInterrupted()) {
            long length = Files.exists(log) ? Files.size(log) : 0;
            if (length < offset) {
                offset = 0; // truncated or replaced
            }
            if (length > offset) {
                try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                    file.seek(offset);
                    int read;
                    while ((read = file.read(buffer)) > 0) {
                        out.write(buffer, 0, read);
                        offset += read;
                    }
                    out.flush();
                }
            }
            Thread.sleep(300);
        }
    }
}
