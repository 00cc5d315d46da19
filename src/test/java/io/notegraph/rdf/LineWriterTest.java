package io.notegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Random;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.riot.system.RiotLib;
import org.junit.jupiter.api.Test;

/** {@link LineWriter} must write what Jena's {@link IndentedWriter} writes, for any calls. */
class LineWriterTest {
  private static final String[] PIECES = {"", "a", "schema:name", "<https://example.org/x>",
      " .", ";", "two\nlines", "\r\n", "\r", "\n", "end\r", "\ntext", "\"Zoë ✓\"", "  "};

  @Test
  void randomCallsWriteWhatJenasIndentedWriterWrites() {
    Random random = new Random(11);
    for (int round = 0; round < 500; round++) {
      StringWriter expectedText = new StringWriter();
      IndentedWriter expected = RiotLib.create(expectedText);
      StringWriter actualText = new StringWriter();
      LineWriter actual = new LineWriter(actualText);
      StringBuilder calls = new StringBuilder();
      for (int step = 0; step < 60; step++) {
        int call = random.nextInt(9);
        calls.append(call).append(' ');
        switch (call) {
          case 0, 1, 2 -> {
            String piece = PIECES[random.nextInt(PIECES.length)];
            expected.print(piece);
            actual.print(piece);
          }
          case 3 -> {
            char ch = "a\n\r ;".charAt(random.nextInt(5));
            expected.print(ch);
            actual.print(ch);
          }
          case 4 -> {
            int by = random.nextInt(6);
            expected.incIndent(by);
            actual.incIndent(by);
          }
          case 5 -> {
            int by = Math.min(random.nextInt(4), expected.getAbsoluteIndent());
            expected.decIndent(by);
            actual.decIndent(by);
          }
          case 6 -> {
            expected.pad();
            actual.pad();
          }
          case 7 -> {
            int width = random.nextInt(20);
            expected.pad(width);
            actual.pad(width);
          }
          default -> {
            expected.println();
            actual.println();
          }
        }
        assertThat(actual.getCol()).as("column after %s", calls).isEqualTo(expected.getCol());
        assertThat(actual.getRow()).as("row after %s", calls).isEqualTo(expected.getRow());
      }
      expected.flush();
      actual.flush();
      assertThat(actualText.toString()).as("round %d: %s", round, calls)
          .isEqualTo(expectedText.toString());
    }
  }
}
