package dev.emporium.launcher.platform;

import dev.emporium.launcher.LauncherException;
import dev.emporium.launcher.cli.Console;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One command at a time changes a platform: two {@code up}s would start everything twice. Held by this JVM,
 * acquiring again (the Ctrl-C hook of {@code up --foreground} while still starting) goes through.
 */
final class LauncherLock implements AutoCloseable {

    private static FileLock held;

    private final FileLock lock;

    private LauncherLock(FileLock lock) {
        this.lock = lock;
    }

    static synchronized LauncherLock acquire(Path runDir) {
        if (held != null) {
            return new LauncherLock(null);
        }
        try {
            Files.createDirectories(runDir);
            FileChannel channel = FileChannel.open(runDir.resolve("launcher.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                Console.out("Waiting for another ./platform command on " + runDir.getParent() + " to finish...");
                lock = channel.lock();
            }
            held = lock;
            return new LauncherLock(lock);
        } catch (IOException e) {
            throw new LauncherException("Cannot lock " + runDir.resolve("launcher.lock") + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        synchronized (LauncherLock.class) {
            try {
                lock.channel().close();
            } catch (IOException e) {
                // closing releases the lock; nothing else to do if it fails
            }
            held = null;
        }
    }
}
