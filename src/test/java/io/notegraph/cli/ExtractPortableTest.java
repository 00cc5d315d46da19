package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same notes give the same bytes wherever they lie: extracted from two different folders, the
 * outputs are identical and carry no path of the machine (no {@code file:} IRI, no folder name).
 */
class ExtractPortableTest {
  private static final List<String> SAMPLES =
      List.of("2024-03-05-community.md", "2024-03-21-cabal.md", "2024-04-02-community.md");

  @Test
  void sameNotesInTwoFoldersGiveTheSameBytesAndNoLocalPath(@TempDir Path tmp) throws IOException {
    Path a = copySamples(tmp.resolve("alice-home/meetings/notes"));
    Path b = copySamples(tmp.resolve("elsewhere/notes"));

    byte[][] outA = extract(a, tmp.resolve("out-a"));
    byte[][] outB = extract(b, tmp.resolve("out-b"));

    assertThat(outA[0]).isEqualTo(outB[0]);
    assertThat(outA[1]).isEqualTo(outB[1]);
    String trig = new String(outA[1], StandardCharsets.UTF_8);
    assertThat(trig)
        .doesNotContain("file:")
        .doesNotContain("alice-home")
        .doesNotContain(tmp.toString())
        .contains("doc/2024-03-05-community.md>");
  }

  private static byte[][] extract(Path notes, Path out) throws IOException {
    CliRun r = CliRun.of("extract", notes.toString(), "-o", out.toString(), "-q");
    assertThat(r.exit()).as(r.err()).isZero();
    return new byte[][] {
      Files.readAllBytes(out.resolve("notegraph.ttl")),
      Files.readAllBytes(out.resolve("notegraph.trig"))
    };
  }

  private static Path copySamples(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String name : SAMPLES) {
      try (InputStream in = ExtractPortableTest.class.getResourceAsStream("/samples/" + name)) {
        Files.copy(in, dir.resolve(name));
      }
    }
    return dir;
  }
}
