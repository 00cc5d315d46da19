package io.notegraph.link;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable, stable IRI path segments from names: "Anders Björklund" → "anders-bjorklund", "CRI-O" →
 * "cri-o", "v3.2.0-rc3" → "v3.2.0-rc3". Names without Latin letters keep their own letters (IRIs
 * allow them): "田中 司恩" → "田中-司恩". Never empty. Stateless.
 */
public final class Slug {
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern EDGES =
      java.util.regex.Pattern.compile("^[-.]+|[-.]+$");

  private Slug() {}

  public static String of(String name) {
    String n =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .transform(t -> MARKS.matcher(t).replaceAll(""))
            .replace('ø', 'o')
            .replace('Ø', 'o')
            .replace('ß', 's')
            .replace('ł', 'l')
            .replace('đ', 'd')
            .toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    boolean dash = false;
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      i += Character.charCount(cp);
      boolean keep =
          (cp >= 'a' && cp <= 'z')
              || (cp >= '0' && cp <= '9')
              || cp == '.'
              || (cp > 127 && Character.isLetterOrDigit(cp) && !isDeprecated(cp));
      if (keep) {
        out.appendCodePoint(cp);
        dash = false;
      } else if (!dash && out.length() > 0) {
        out.append('-');
        dash = true;
      }
    }
    String s = EDGES.matcher(out).replaceAll("");
    return s.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : s;
  }

  /**
   * The deprecated Unicode letters that NFKD leaves as they are; IRI checkers (Jena's among them)
   * reject IRIs containing them.
   */
  private static boolean isDeprecated(int cp) {
    return cp == 0x0673 || cp == 0x17A3 || cp == 0x17A4;
  }

  /** A relative path ("podman/2021-06-01.md") slugged segment by segment, '/' kept. */
  public static String ofPath(String path) {
    StringBuilder out = new StringBuilder();
    for (String seg : path.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) continue;
      if (out.length() > 0) out.append('/');
      out.append(of(seg));
    }
    return out.toString();
  }
}
