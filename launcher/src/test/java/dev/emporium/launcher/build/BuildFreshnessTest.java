package dev.emporium.launcher.build;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BuildFreshnessTest {

    private static final Instant BUILT = Instant.parse("2030-01-01T12:00:00Z");

    @TempDir
    Path repo;

    private Path jar;
    private Path stamp;

    @BeforeEach
    void aBuiltRepository() throws Exception {
        file("pom.xml", BUILT.minusSeconds(600));
        file("services/identity/pom.xml", BUILT.minusSeconds(600));
        file("services/identity/src/main/java/Identity.java", BUILT.minusSeconds(60));
        jar = file("services/identity/target/identity-exec.jar", BUILT);
        stamp = repo.resolve("launcher/target/build.stamp");
    }

    @Test
    void freshWhenEveryJarIsNewerThanEverySource() {
        assertThat(BuildFreshness.staleReasons(repo, List.of(jar), stamp)).isEmpty();
    }

    @Test
    void staleWhenAJarIsMissing() {
        Path gateway = repo.resolve("services/gateway/target/gateway-exec.jar");

        assertThat(BuildFreshness.staleReasons(repo, List.of(jar, gateway), stamp))
                .containsExactly("services/gateway/target/gateway-exec.jar is missing");
    }

    @Test
    void staleWhenAMainSourceOrAPomChanged() throws Exception {
        file("services/identity/src/main/resources/application.yml", BUILT.plusSeconds(5));

        assertThat(BuildFreshness.staleReasons(repo, List.of(jar), stamp))
                .containsExactly("services/identity/src/main/resources/application.yml is newer than the last build");

        file("pom.xml", BUILT.plusSeconds(10));
        assertThat(BuildFreshness.staleReasons(repo, List.of(jar), stamp)).containsExactly("pom.xml is newer than the last build");
    }

    @Test
    void testSourcesBuildOutputAndHiddenDirectoriesDoNotCount() throws Exception {
        file("services/identity/src/test/java/IdentityTest.java", BUILT.plusSeconds(5));
        file("services/identity/target/classes/Identity.class", BUILT.plusSeconds(5));
        file(".emporium/logs/src/x.log", BUILT.plusSeconds(5));
        file("web/node_modules/lib/src/index.js", BUILT.plusSeconds(5));
        file("README.md", BUILT.plusSeconds(5));

        assertThat(BuildFreshness.staleReasons(repo, List.of(jar), stamp)).isEmpty();
    }

    @Test
    void aBuildThatLeftAnUnchangedJarAloneStillCountsThroughTheStamp() throws Exception {
        // an unrelated module changed and was rebuilt; Maven did not rewrite the identity jar
        file("services/catalog/src/main/java/Catalog.java", BUILT.plusSeconds(30));
        assertThat(BuildFreshness.staleReasons(repo, List.of(jar), stamp)).hasSize(1);

        file("launcher/target/build.stamp", BUILT.plusSeconds(90));

        assertThat(BuildFreshness.staleReasons(repo, List.of(jar), stamp)).isEmpty();
    }

    private Path file(String path, Instant modified) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
