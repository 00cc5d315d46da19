package io.notegraph.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.riot.system.RiotLib;
import org.junit.jupiter.api.Test;

/**
 * {@link LineWriter} over an {@link Utf8CharSink} must write the bytes Jena's {@link
 * IndentedWriter} writes over the JDK's UTF-8 writer, for any calls, text given as text or already
 * encoded.
 */
class LineWriterTest {
  private static final String[] PIECES = {
    "",
    "a",
    "schema:name",
    "<https://example.org/x>",
    " .",
    ";",
    "two\nlines",
    "\r\n",
    "\r",
    "\n",
    "end\r",
    "\ntext",
    "\"Zoë ✓\"",
    "  ",
    "🙂",
    "\uD83D",
    "\uDE42 low",
    "high \uD83D"
  };

  @Test
  void randomCallsWriteTheBytesJenasIndentedWriterWrites() throws Exception {
    Random random = new Random(11);
    for (int round = 0; round < 500; round++) {
      ByteArrayOutputStream expectedBytes = new ByteArrayOutputStream();
      IndentedWriter expected =
          RiotLib.create(new OutputStreamWriter(expectedBytes, StandardCharsets.UTF_8));
      ByteArrayOutputStream actualBytes = new ByteArrayOutputStream();
      Utf8CharSink sink = new Utf8CharSink(actualBytes);
      LineWriter actual = new LineWriter(sink);
      StringBuilder calls = new StringBuilder();
      for (int step = 0; step < 60; step++) {
        int call = random.nextInt(9);
        calls.append(call).append(' ');
        switch (call) {
          case 0, 1 -> {
            String piece = PIECES[random.nextInt(PIECES.length)];
            expected.print(piece);
            actual.print(piece);
          }
          case 2 -> {
            String piece = PIECES[random.nextInt(PIECES.length)];
            expected.print(piece);
            actual.print(piece, Utf8CharSink.encoded(piece));
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
      sink.finish();
      assertThat(actualBytes.toByteArray())
          .as("round %d: %s", round, calls)
          .isEqualTo(expectedBytes.toByteArray());
    }
  }
}
