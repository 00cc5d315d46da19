package io.notegraph.nlp.gazetteer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lookup key and IRI slug of a name, shared by the gazetteer and the link stage: accent-, case-
 * and punctuation-insensitive, so "K8s", "k8s" and "K-8s" meet.
 */
public final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SLUG_GAPS = Pattern.compile("[^\\p{L}\\p{N}.]+");
  private static final Pattern SLUG_EDGES = Pattern.compile("^-+|-+$");
  private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

  private NameKey() {}

  /**
   * Lower case, accents dropped, apostrophes removed ("O'Malley" is "omalley"), every other run of
   * non-alphanumerics a single space. Mojibake of the "Bj√∂rklund" kind is repaired first so a note
   * ingest missed still matches.
   */
  public static String normalise(String s) {
    if (isAscii(s)) return normaliseAscii(s);
    String t = repairMacRoman(s);
    t = Normalizer.normalize(t, Normalizer.Form.NFKD);
    t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
    t = t.replace("'", "").replace("\u2019", "");
    return NOT_ALNUM.matcher(t).replaceAll(" ").trim();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
    return true;
  }

  /**
   * {@link #normalise} for ASCII text, where NFKD, mark removal and Mac Roman repair change
   * nothing: one pass instead of five regex and normaliser passes. Names are mostly ASCII and this
   * ran for every observation and gazetteer lookup (a quarter of the link stage's CPU).
   */
  private static String normaliseAscii(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') continue;
      if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && out.length() > 0) out.append(' ');
        out.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /** The IRI slug of GRAPH.md: NFKD, accents dropped, lower case, other runs become '-'. */
  public static String slug(String s) {
    String t = Normalizer.normalize(repairMacRoman(s), Normalizer.Form.NFKD);
    t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
    t = SLUG_GAPS.matcher(t).replaceAll("-");
    t = SLUG_EDGES.matcher(t).replaceAll("");
    return t.isEmpty() ? "unnamed" : t;
  }

  /** UTF-8 bytes decoded as Mac Roman show "√" before the second byte; undo that when seen. */
  public static String repairMacRoman(String s) {
    if (s.indexOf('\u221A') < 0) return s;
    String fixed = new String(s.getBytes(MAC_ROMAN), StandardCharsets.UTF_8);
    return fixed.indexOf('\uFFFD') >= 0 ? s : fixed;
  }
}
