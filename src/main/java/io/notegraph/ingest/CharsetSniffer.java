package io.notegraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to characters: a byte order mark decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8,
 * falling back to Windows-1252 when the bytes are not valid UTF-8. Stateless, thread-safe.
 */
final class CharsetSniffer {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CharsetSniffer() {}

  /**
   * The decoded text (BOM removed).
   *
   * @param fallbackLine 0 when the bytes decoded as declared; else the 1-based line of the first
   *     byte that was not valid UTF-8 (the text was then read as Windows-1252)
   */
  record Decoded(String text, Charset charset, int fallbackLine) {}

  static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return utf8(bytes, 3);
    if (startsWith(bytes, 0xFF, 0xFE)) return utf16(bytes, StandardCharsets.UTF_16LE);
    if (startsWith(bytes, 0xFE, 0xFF)) return utf16(bytes, StandardCharsets.UTF_16BE);
    return utf8(bytes, 0);
  }

  /** True when the bytes start with a UTF-16 byte order mark (NUL bytes are then expected). */
  static boolean isUtf16(byte[] bytes) {
    return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
  }

  private static Decoded utf8(byte[] bytes, int offset) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (!result.isError()) {
      return new Decoded(out.flip().toString(), StandardCharsets.UTF_8, 0);
    }
    int line = lineOf(bytes, offset, in.position());
    String text = LegacyCharset.WINDOWS_1252.decode(bytes, offset, bytes.length - offset);
    return new Decoded(text, WINDOWS_1252, line);
  }

  private static Decoded utf16(byte[] bytes, Charset charset) {
    // The JDK replaces unpaired surrogates with U+FFFD; they are rare enough not to report.
    String text = new String(bytes, 2, bytes.length - 2, charset);
    return new Decoded(text, charset, 0);
  }

  /** 1-based line of {@code position}, counting LF, CRLF and lone CR as one break each. */
  private static int lineOf(byte[] bytes, int from, int position) {
    int line = 1;
    for (int i = from; i < position; i++) {
      if (bytes[i] == '\n') line++;
      else if (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) line++;
    }
    return line;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }
}
