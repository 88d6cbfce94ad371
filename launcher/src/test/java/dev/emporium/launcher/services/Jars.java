package dev.emporium.launcher.services;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small jars standing in for a service's build: one class file whose content tells the build. */
final class Jars {

    private Jars() {
    }

    static Path write(Path jar, String build) throws IOException {
        return write(jar, build, Instant.parse("2026-12-01T00:00:00Z"));
    }

    /** The same build written at another time has other timestamps (a rebuild without a change). */
    static Path write(Path jar, String build, Instant writtenAt) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry("BOOT-INF/classes/dev/emporium/Service.class");
            entry.setLastModifiedTime(FileTime.from(writtenAt));
            zip.putNextEntry(entry);
            zip.write(build.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }
}
