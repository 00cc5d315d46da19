package io.notegraph.ingest;

/**
 * What counts as evidence of mojibake. Genuine text can re-encode into valid UTF-8 by accident
 * ({@code “é} is D2 8E in Mac Roman, a Cyrillic letter), so a decoded sequence must be a letter
 * from a block real notes use, not a rare extension, modifier or combining mark. Thread-safe.
 */
final class MojibakePlausibility {
  private MojibakePlausibility() {}

  /**
   * Quick pre-check so clean text costs one scan: every mojibake run starts with the image of a
   * UTF-8 lead byte (0xC2-0xF4) in one of the suspected charsets.
   */
  static boolean mayContainMojibake(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80
          && (isLeadImage(c, LegacyCharset.MAC_ROMAN)
              || isLeadImage(c, LegacyCharset.WINDOWS_1252))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLeadImage(char c, LegacyCharset charset) {
    int b = charset.encode(c);
    return b >= 0xC2 && b <= 0xF4;
  }

  static boolean isPlausibleLetter(int cp) {
    if (!Character.isLetter(cp) || cp < 0xC0) return false;
    if (cp >= 0x0180 && cp <= 0x024F) {
      // Latin Extended-B is mostly rare letters; keep Vietnamese horn letters and Romanian comma.
      return cp == 0x01A0
          || cp == 0x01A1
          || cp == 0x01AF
          || cp == 0x01B0
          || (cp >= 0x0218 && cp <= 0x021B);
    }
    // IPA, spacing modifiers, combining marks: never in meeting notes, often in accidents.
    return cp < 0x0250 || cp > 0x036F;
  }

  /** Latin letters (Latin-1, Extended-A and -B): the bulk of real mojibake, European names. */
  static boolean isCommonLatin(int cp) {
    return cp >= 0xC0 && cp <= 0x024F;
  }
}
