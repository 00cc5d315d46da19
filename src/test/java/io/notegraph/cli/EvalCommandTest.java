package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @Test
  void printsPerTypeScoresForAGoldFolder(@TempDir Path dir) throws Exception {
    String note =
        "# Team Meeting\n\n### Attendees\nAda Quill, Bo Lund\n\nAda showed Podman 4.4 on Fedora.\n";
    Files.writeString(dir.resolve("2024-01-02.md"), note);
    int ada = note.indexOf("Ada showed");
    Files.writeString(
        dir.resolve("2024-01-02.md.gold.tsv"),
        "PERSON\t"
            + note.indexOf("Ada Quill")
            + "\t"
            + (note.indexOf("Ada Quill") + 9)
            + "\tAda Quill\n"
            + "PERSON\t"
            + note.indexOf("Bo Lund")
            + "\t"
            + (note.indexOf("Bo Lund") + 7)
            + "\tBo Lund\n"
            + "PERSON\t"
            + ada
            + "\t"
            + (ada + 3)
            + "\tAda\n"
            + "VERSION\t"
            + note.indexOf("Podman 4.4")
            + "\t"
            + (note.indexOf("Podman 4.4") + 10)
            + "\tPodman 4.4\n"
            + "PROJECT\t"
            + note.indexOf("Fedora")
            + "\t"
            + (note.indexOf("Fedora") + 6)
            + "\tFedora\n"
            + "attendee\tAda Quill\n");
    StringWriter out = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "eval",
            "--gold",
            dir.toString(),
            "--errors");
    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        // With the parser, the attendee list is structure (scored as the attendee relation),
        // and recognition is scored on the free text: "Ada" in prose.
        .contains("PERSON          1.000  1.000  1.000     1     0     0")
        .contains("micro           1.000  1.000  1.000     3     0     0")
        .contains("attendee        0.500  1.000  0.667     1     1     0");
  }

  @Test
  void anEmptyGoldFolderIsAUserError(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "eval",
            "--gold",
            dir.toString());
    assertThat(code).isEqualTo(ExitCodes.FAILURE);
  }
}
