package io.notegraph.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8CharSinkTest {
  private static final char[] ALPHABET = {
    'a', 'Z', '\n', '"', '\u007f', '\u0080', 'é', '\u07ff', '\u0800', '✓', '\uffff', '\uD83D',
    '\uDE42', '\uDBFF', '\uDFFF', '\uD800', '\uDC00'
  };

  /**
   * Random text (lone and paired surrogates included, and in half the rounds mostly ASCII) written
   * char by char and in pieces of every kind the writers use: chars, Strings, StringBuilders.
   */
  @Test
  void bytesAreThoseOfTheJdksUtf8Writer() throws Exception {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(round < 290 ? 200 : 100_000);
      boolean mostlyAscii = round % 2 == 0;
      for (int i = 0; i < len; i++) {
        sb.append(
            mostlyAscii && random.nextInt(20) != 0
                ? (char) ('a' + random.nextInt(26))
                : ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String text = sb.toString();
      char[] chars = text.toCharArray();

      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
      ByteArrayOutputStream actual = new ByteArrayOutputStream();
      Utf8CharSink sink = new Utf8CharSink(actual);
      int i = 0;
      while (i < text.length()) {
        int n = Math.min(text.length() - i, random.nextInt(random.nextBoolean() ? 5 : 300));
        if (n <= 1) {
          jdk.write(text.charAt(i));
          sink.write(text.charAt(i));
          n = 1;
        } else {
          jdk.write(text, i, n);
          switch (random.nextInt(3)) {
            case 0 -> sink.write(chars, i, n);
            case 1 -> sink.write(text, i, n);
            default -> sink.append(text.substring(i, i + n));
          }
        }
        i += n;
        if (random.nextInt(10) == 0) {
          jdk.flush();
          sink.flush();
        }
      }
      jdk.flush();
      sink.finish();
      assertThat(actual.toByteArray()).as("round " + round).isEqualTo(expected.toByteArray());
    }
  }

  @Test
  void aCaptureKeepsEveryByteWrittenEvenAcrossAFullBuffer() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8CharSink sink = new Utf8CharSink(out);
    sink.write("before ");
    sink.startCapture();
    String text = "Zoë 🙂 ".repeat(20_000); // beyond the 64 KB buffer, several times
    sink.write(text);
    int n = sink.endCapture();
    sink.write(" after");
    sink.finish();
    byte[] expected = text.getBytes(StandardCharsets.UTF_8);
    assertThat(n).isEqualTo(expected.length);
    assertThat(java.util.Arrays.copyOf(sink.captured(), n)).isEqualTo(expected);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("before " + text + " after");
  }

  @Test
  void linesAreWrittenWithoutTheirIndent() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8CharSink sink = new Utf8CharSink(out);
    byte[] text =
        "    <s>\n            a  ex:T;\n            ex:p  \"x\"".getBytes(StandardCharsets.UTF_8);
    int second = "    <s>\n".length();
    int third = second + "            a  ex:T;\n".length();
    sink.writeLines(text, new int[] {0, second, third}, 3, text.length, 4);
    sink.finish();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("<s>\n        a  ex:T;\n        ex:p  \"x\"");
  }
}
