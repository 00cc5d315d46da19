package io.notegraph.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out what is not prose before recognition: Markdown link targets, autolinks and bare URLs,
 * e-mail-like tokens, and the backtick markers of inline code (their content stays). Every masked
 * character becomes a space, so offsets into the masked text are offsets into the source.
 * Thread-safe.
 */
public final class Masker {
  private static final Pattern URL =
      Pattern.compile("<?(?:https?|ftp|file)://[^\\s<>)\\]`]*>?|\\bwww\\.[^\\s<>)\\]`]+");
  private static final Pattern EMAIL_LIKE =
      Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  private Masker() {}

  /**
   * The masked copy of {@code text}; same length. Each pattern runs only where the literal it
   * cannot match without ("](", "://" or "www.", "@") occurs: the e-mail pattern tries a lookbehind
   * and a greedy run at every character, and was a quarter of the nlp stage's CPU on the synthetic
   * 10x corpus, which has no "@" at all.
   */
  public static String mask(String text) {
    char[] out = text.toCharArray();
    blankLinkTargets(text, out);
    if (text.indexOf("://") >= 0 || text.indexOf("www.") >= 0) blank(out, URL.matcher(text));
    if (text.indexOf('@') >= 0) blank(out, EMAIL_LIKE.matcher(text));
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      // Markdown markers carry no words; masking them keeps "**Sysbox**" a plain token.
      if (c == '`' || c == '*' || c == '[' || c == ']' || c == '#' || c == '>' || c == '|') {
        out[i] = ' ';
      }
    }
    return new String(out);
  }

  /**
   * Blanks what the pattern {@code \]\([^)\s]*(?:\s+"[^"]*")?\)} matches — a link target with an
   * optional title — in one pass. The pattern itself rescanned the rest of the line from every
   * "](": a line of 100,000 "[a](" never finished. A scan from one "](" stops at the first ')' or
   * white space, and every "](" before that stop reaches the same stop with the same result, so a
   * failed scan resumes there.
   */
  private static void blankLinkTargets(String text, char[] out) {
    int n = text.length();
    int at = text.indexOf("](");
    while (at >= 0) {
      int stop = at + 2;
      while (stop < n && text.charAt(stop) != ')' && !isSpace(text.charAt(stop))) stop++;
      int end = -1;
      if (stop < n && text.charAt(stop) == ')') {
        end = stop + 1;
      } else if (stop < n) {
        int quote = stop;
        while (quote < n && isSpace(text.charAt(quote))) quote++;
        if (quote < n && text.charAt(quote) == '"') {
          int close = text.indexOf('"', quote + 1);
          if (close >= 0 && close + 1 < n && text.charAt(close + 1) == ')') end = close + 2;
        }
      }
      if (end >= 0) {
        for (int i = at; i < end; i++) {
          if (out[i] != '\n') out[i] = ' ';
        }
      }
      at = text.indexOf("](", end >= 0 ? end : stop);
    }
  }

  /** Regex {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static void blank(char[] out, Matcher m) {
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        if (out[i] != '\n') out[i] = ' ';
      }
    }
  }
}
