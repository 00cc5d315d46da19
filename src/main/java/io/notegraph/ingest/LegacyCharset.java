package io.notegraph.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The two single-byte charsets UTF-8 text is most often misread as. Own tables rather than {@code
 * Charset.forName("x-MacRoman")}: that charset lives in an optional JDK module, and the mojibake we
 * meet was produced by tools that map bytes Java leaves undefined (Windows-1252 0x81 etc. become
 * the C1 control of the same value, as in Latin-1). Immutable, thread-safe.
 */
enum LegacyCharset {
  MAC_ROMAN(
      "Mac Roman",
      "\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1"
          + "\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8"
          + "\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3"
          + "\u00F2\u00F4\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC"
          + "\u2020\u00B0\u00A2\u00A3\u00A7\u2022\u00B6\u00DF"
          + "\u00AE\u00A9\u2122\u00B4\u00A8\u2260\u00C6\u00D8"
          + "\u221E\u00B1\u2264\u2265\u00A5\u00B5\u2202\u2211"
          + "\u220F\u03C0\u222B\u00AA\u00BA\u03A9\u00E6\u00F8"
          + "\u00BF\u00A1\u00AC\u221A\u0192\u2248\u2206\u00AB"
          + "\u00BB\u2026\u00A0\u00C0\u00C3\u00D5\u0152\u0153"
          + "\u2013\u2014\u201C\u201D\u2018\u2019\u00F7\u25CA"
          + "\u00FF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02"
          + "\u2021\u00B7\u201A\u201E\u2030\u00C2\u00CA\u00C1"
          + "\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u00D3\u00D4"
          + "\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC"
          + "\u00AF\u02D8\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7",
      // Older Mac Roman tables and some converters use these code points for the same bytes.
      Map.of('\u2126', 0xBD, '\u0394', 0xC6, '\u03BC', 0xB5, '\u00A4', 0xDB)),
  WINDOWS_1252(
      "Windows-1252",
      // Bytes 0x81 0x8D 0x8F 0x90 0x9D are undefined in Windows-1252; Latin-1 keeps them as C1.
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021"
          + "\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
          + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014"
          + "\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178"
          + latin1Upper(),
      latin1Controls());

  private final String label;
  private final String high;
  private final Map<Character, Integer> toByte = new HashMap<>();

  LegacyCharset(String label, String high, Map<Character, Integer> aliases) {
    if (high.length() != 128) throw new IllegalStateException(label + " table must have 128 chars");
    this.label = label;
    this.high = high;
    toByte.putAll(aliases);
    for (int i = 0; i < 128; i++) toByte.put(high.charAt(i), 0x80 + i);
  }

  /** Human name used in messages, e.g. "Mac Roman". */
  String label() {
    return label;
  }

  /** The byte {@code c} encodes to, or -1 when this charset has no such character. */
  int encode(char c) {
    if (c < 0x80) return c;
    Integer b = toByte.get(c);
    return b == null ? -1 : b;
  }

  /** Decodes every byte; never fails (each of the 256 bytes has a character). */
  String decode(byte[] bytes, int offset, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      int b = bytes[offset + i] & 0xFF;
      out[i] = b < 0x80 ? (char) b : high.charAt(b - 0x80);
    }
    return new String(out);
  }

  private static String latin1Upper() {
    StringBuilder sb = new StringBuilder(96);
    for (char c = 0xA0; c <= 0xFF; c++) sb.append(c);
    return sb.toString();
  }

  private static Map<Character, Integer> latin1Controls() {
    Map<Character, Integer> controls = new HashMap<>();
    for (char c = 0x80; c <= 0x9F; c++) controls.put(c, (int) c);
    return controls;
  }
}
