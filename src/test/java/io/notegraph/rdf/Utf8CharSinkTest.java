package io.notegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8CharSinkTest {
  private static final char[] ALPHABET = {'a', 'Z', '\n', '"', '\u007f', '\u0080', 'é', '\u07ff',
      '\u0800', '✓', '\uffff', '\uD83D', '\uDE42', '\uDBFF', '\uDFFF', '\uD800', '\uDC00'};

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
        sb.append(mostlyAscii && random.nextInt(20) != 0 ? (char) ('a' + random.nextInt(26))
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
}
