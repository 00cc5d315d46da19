package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real 100 MB inputs: too slow and too big for CI, so only with {@code -Dnotegraph.slow=true}
 * ({@code mvn -o test -Dtest='ExtractLargeFileTest' -Dnotegraph.slow=true}). The fast suite covers
 * the size limit with a sparse file ({@link ExtractBadInputTest}).
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "notegraph.slow", matches = "true")
class ExtractLargeFileTest {
  @Test
  void aHundredMegabyteNoteIsRefusedAndAThirtyMegabyteOneIsRead(@TempDir Path in, @TempDir Path out)
      throws Exception {
    write(in.resolve("huge.md"), "2024-04-01", 100 << 20);
    write(in.resolve("big.md"), "2024-04-02", 30 << 20);
    Files.writeString(in.resolve("small.md"), BadNotes.note("2024-04-03", "Ines Varga"));
    Cli r = Cli.run("extract", "-q", "--no-validate", "-o", out.toString(), in.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("huge.md: error: file too large").doesNotContain("big.md");
    assertThat(Files.readString(out.resolve("notegraph.ttl")))
        .contains(BadNotes.meeting("2024-04-02"), BadNotes.meeting("2024-04-03"));
  }

  private static void write(Path file, String date, long bytes) throws Exception {
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      String head = BadNotes.note(date, "Ines Varga");
      w.write(head);
      String para = "- Talked about widgets, gadgets and [links](https://example.org/a) again.\n";
      for (long n = head.length(); n < bytes; n += para.length()) w.write(para);
    }
  }
}
