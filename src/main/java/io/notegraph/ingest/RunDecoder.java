package io.notegraph.ingest;

/**
 * Re-encodes one run of non-ASCII characters with a suspected charset and decodes the valid UTF-8
 * sequences it contains, keeping a sequence only where {@link MojibakePlausibility} accepts it.
 * Stateless, thread-safe.
 */
final class RunDecoder {
  private RunDecoder() {}

  /** The repaired run and how many UTF-8 sequences were decoded in it. */
  record Decoded(String text, int sequences) {}

  /**
   * @return the repaired run, or null when nothing in it is convincingly mojibake
   */
  static Decoded decode(String run, LegacyCharset suspect) {
    int m = run.length();
    int[] bytes = new int[m];
    for (int k = 0; k < m; k++) bytes[k] = suspect.encode(run.charAt(k));
    StringBuilder out = new StringBuilder(m);
    int sequences = 0;
    int lastCodePoint = -1;
    for (int k = 0; k < m; ) {
      int length = sequenceLength(bytes[k]);
      int cp = length > 0 ? codePoint(bytes, k, length) : -1;
      if (cp >= 0 && MojibakePlausibility.isPlausibleLetter(cp)) {
        out.appendCodePoint(cp);
        sequences++;
        lastCodePoint = cp;
        k += length;
      } else {
        out.append(run.charAt(k++));
      }
    }
    if (sequences == 0) return null;
    // One sequence that decodes outside the Latin letters is far more often an accident of
    // genuine text than mojibake: "l’été" holds D5 8E in Mac Roman (an Armenian letter), "×©"
    // is Hebrew in Windows-1252. Mojibake of other scripts comes as whole words, several
    // sequences in one run ("–ü—Ä–∏" is three Cyrillic letters).
    if (sequences == 1 && !MojibakePlausibility.isCommonLatin(lastCodePoint)) return null;
    return new Decoded(out.toString(), sequences);
  }

  /** Bytes in the UTF-8 sequence led by {@code b}; 0 when {@code b} cannot lead one. */
  private static int sequenceLength(int b) {
    if (b >= 0xC2 && b <= 0xDF) return 2;
    if (b >= 0xE0 && b <= 0xEF) return 3;
    if (b >= 0xF0 && b <= 0xF4) return 4;
    return 0;
  }

  /** The code point of a well-formed sequence (Unicode Table 3-7), else -1. */
  private static int codePoint(int[] bytes, int k, int length) {
    if (k + length > bytes.length) return -1;
    int lead = bytes[k];
    int second = bytes[k + 1];
    int low = 0x80;
    int high = 0xBF;
    if (lead == 0xE0) low = 0xA0;
    else if (lead == 0xED) high = 0x9F;
    else if (lead == 0xF0) low = 0x90;
    else if (lead == 0xF4) high = 0x8F;
    if (second < low || second > high) return -1;
    int cp = lead & (0xFF >> (length + 1));
    for (int i = 1; i < length; i++) {
      int b = bytes[k + i];
      if (b < 0x80 || b > 0xBF) return -1;
      cp = (cp << 6) | (b & 0x3F);
    }
    return cp;
  }
}
