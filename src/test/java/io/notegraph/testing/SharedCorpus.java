package io.notegraph.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The real notes in {@code ../shared} (never copied into this repository). Under CI ({@code
 * CI=true}) a missing corpus fails the test; elsewhere the test is skipped.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** {@code ../shared}, resolved against the project root (Maven runs tests from there). */
  public static Path root() {
    return Path.of("..", "shared").toAbsolutePath().normalize();
  }

  /** {@code ../shared/corpus}: every corpus, each in its own folder. */
  public static Path corpus() {
    return require(root().resolve("corpus"));
  }

  /** A note by its path under {@code ../shared/corpus}, e.g. {@code "series/2024-01-02.md"}. */
  public static Path corpusNote(String relativePath) {
    return require(corpus().resolve(relativePath));
  }

  /** {@code ../shared/corpus/podman-community}. */
  public static Path podman() {
    return require(root().resolve("corpus").resolve("podman-community"));
  }

  /** {@code ../shared/seeds}. */
  public static Path seeds() {
    return require(root().resolve("seeds"));
  }

  /**
   * The notes of {@code ../shared/corpus/podman-community-2023-2024} that are NOT frozen (see
   * src/test/resources/gold-open/README.md): the frozen ones are never read while developing.
   */
  public static List<Path> podman2023Unfrozen() {
    Path dir = require(root().resolve("corpus").resolve("podman-community-2023-2024"));
    return Stream.of(
            "2023-10-19.md",
            "2024-01-16.md",
            "2024-02-20.md",
            "2024-03-19.md",
            "2024-05-21.md",
            "2024-07-02.md",
            "2024-09-03.md",
            "2024-10-01.md")
        .map(dir::resolve)
        .map(SharedCorpus::require)
        .toList();
  }

  /**
   * The notes of {@code ../shared/corpus/rust-lang-team} that are NOT frozen (the six of
   * src/test/resources/gold-open/README.md are left out by path, never read), sorted.
   */
  public static List<Path> rustUnfrozen() {
    Path dir = require(root().resolve("corpus").resolve("rust-lang-team"));
    Set<String> frozen =
        Set.of(
            "minutes/2019-10-10.md",
            "minutes/2020-06-01.md",
            "minutes/2021-06-22.md",
            "minutes/2022-10-11.md",
            "design-meeting-minutes/2020-07-22-Const-generics-MVP.md",
            "design-meeting-minutes/2022-03-02-planning-meeting.md");
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".md"))
          .filter(f -> !frozen.contains(dir.relativize(f).toString().replace('\\', '/')))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of the podman corpus by name, e.g. {@code "2021-06-01.md"}. */
  public static Path podmanNote(String fileName) {
    return require(podman().resolve(fileName));
  }

  /** The June 1, 2021 seed (with mojibake). */
  public static Path seedJune() {
    return require(seeds().resolve("000_a75700ac64be5ca5.txt"));
  }

  /** The May 4, 2021 seed. */
  public static Path seedMay() {
    return require(seeds().resolve("004_1c374f2fe0e6b40d.txt"));
  }

  /** Every corpus note and both seeds, sorted. */
  public static List<Path> allNotes() {
    try (Stream<Path> a = Files.list(podman());
        Stream<Path> b = Files.list(seeds())) {
      return Stream.concat(a, b).filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static Path require(Path p) {
    if (!Files.exists(p)) {
      if (underCi()) {
        throw new AssertionError("CI=true but the shared corpus is missing: " + p);
      }
      assumeTrue(false, "shared corpus not found (skipped outside CI): " + p);
    }
    return p;
  }
}
