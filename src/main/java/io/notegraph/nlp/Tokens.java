package io.notegraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * The cheap tokenizer every finder shares: runs of letters, runs of digits, and every other
 * non-space character on its own. Letters and digits split ("Haynes11" -> "Haynes", "11") so chat
 * senders glued to their time stamps come apart. Training data is tokenized the same way, so the
 * model sees at run time exactly what it was trained on. About ten times faster than the maxent
 * tokenizer and, for names, as accurate. Stateless and thread-safe.
 */
public final class Tokens {
  private Tokens() {}

  /** Token spans of {@code text[from, to)}, as absolute offsets into {@code text}. */
  public static List<Span> tokenize(CharSequence text, int from, int to) {
    List<Span> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (space(c)) {
        i++;
        continue;
      }
      int start = i;
      int kind = kind(c);
      i++;
      if (kind != OTHER) {
        while (i < to && kind(text.charAt(i)) == kind) i++;
      }
      out.add(new Span(start, i));
    }
    return out;
  }

  public static String[] texts(CharSequence text, List<Span> spans) {
    String[] out = new String[spans.size()];
    for (int k = 0; k < out.length; k++) {
      Span s = spans.get(k);
      out[k] = text.subSequence(s.getStart(), s.getEnd()).toString();
    }
    return out;
  }

  /** A token's text, lower-cased, as the word lists hold it. */
  static String lower(String text, Span t) {
    return text.substring(t.getStart(), t.getEnd()).toLowerCase(Locale.ROOT);
  }

  private static final int LETTER = 1;
  private static final int DIGIT = 2;
  private static final int OTHER = 3;

  /** {@link #kind} of the ASCII characters, 0 for white space; looked up, not computed. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = (byte) (Character.isWhitespace(c) ? 0 : kindOf(c));
    }
  }

  private static boolean space(char c) {
    return c < 128 ? ASCII[c] == 0 : Character.isWhitespace(c);
  }

  private static int kind(char c) {
    return c < 128 ? ASCII[c] : kindOf(c);
  }

  private static int kindOf(char c) {
    if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
      return LETTER;
    }
    return Character.isDigit(c) ? DIGIT : OTHER;
  }
}
