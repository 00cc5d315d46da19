package io.notegraph.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out what is not prose before recognition: Markdown link targets, autolinks and bare URLs,
 * e-mail-like tokens, and the backtick markers of inline code (their content stays). Every masked
 * character becomes a space, so offsets into the masked text are offsets into the source.
 * Thread-safe.
 */
final class Masker {
  private static final Pattern LINK_TARGET =
      Pattern.compile("\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern URL =
      Pattern.compile("<?(?:https?|ftp|file)://[^\\s<>)\\]`]*>?|\\bwww\\.[^\\s<>)\\]`]+");
  private static final Pattern EMAIL_LIKE =
      Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  private Masker() {}

  /** The masked copy of {@code text}; same length. */
  static String mask(String text) {
    char[] out = text.toCharArray();
    blank(out, LINK_TARGET.matcher(text), 0);
    blank(out, URL.matcher(text), 0);
    blank(out, EMAIL_LIKE.matcher(text), 0);
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      // Markdown markers carry no words; masking them keeps "**Sysbox**" a plain token.
      if (c == '`' || c == '*' || c == '[' || c == ']' || c == '#' || c == '>' || c == '|') {
        out[i] = ' ';
      }
    }
    return new String(out);
  }

  private static void blank(char[] out, Matcher m, int keepFirst) {
    while (m.find()) {
      for (int i = m.start() + keepFirst; i < m.end(); i++) {
        if (out[i] != '\n') out[i] = ' ';
      }
    }
  }
}
