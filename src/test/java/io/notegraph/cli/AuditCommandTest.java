package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notegraph audit} over a graph extracted from a fictional note. */
class AuditCommandTest {
  private static final String NOTE =
      """
      # Podman Community Meeting
      ## March 5, 2031 11:00 a.m. Eastern (UTC-5)
      ### Attendees
      Ada Quill, Birk Tamsen, Cleo Varga

      ## Release news
      ### Ada Quill

      Buildah is now at 1.45 in the testing repo.

      Cleo Varga from Red Hat showed the new pods.
      """;

  private static Path extract(Path dir) throws Exception {
    Path notes = Files.createDirectories(dir.resolve("notes/podman-community"));
    Files.writeString(notes.resolve("2031-03-05.md"), NOTE);
    Path out = dir.resolve("out");
    CliRun r = CliRun.of("extract", dir.resolve("notes").toString(), "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return out.resolve("notegraph.trig");
  }

  @Test
  void listsLowConfidenceStatementsAndOnePhraseAffiliationsWithFileAndLine(@TempDir Path dir)
      throws Exception {
    Path graph = extract(dir);
    CliRun r = CliRun.of("audit", graph.toString(), "--format", "tsv");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("\"low confidence\"")
        .contains("Buildah 1.45 is a version of Buildah")
        .contains("podman-community/2031-03-05.md:9")
        .contains("\"affiliation from one phrase\"")
        .contains("Cleo Varga works for Red Hat")
        .contains("podman-community/2031-03-05.md:11");
  }

  @Test
  void aLowerThresholdLeavesOutTheStatementsAboveIt(@TempDir Path dir) throws Exception {
    Path graph = extract(dir);
    CliRun r = CliRun.of("audit", graph.toString(), "--below", "0.5", "--format", "tsv");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("\"low confidence\"");
  }

  @Test
  void aMissingGraphIsAOneLineError(@TempDir Path dir) {
    CliRun r = CliRun.of("audit", dir.resolve("none.trig").toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no such file");
  }
}
