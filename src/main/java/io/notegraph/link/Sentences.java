package io.notegraph.link;

/**
 * The sentence and the clause around a position, never leaving its line: notes put one statement
 * per line or bullet, and a sentence ends at ". ", "? " or "! ". Stateless.
 */
final class Sentences {
  private Sentences() {}

  /** [begin, end) of the sentence holding [from, to). */
  static int[] sentence(String text, int from, int to) {
    int start = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
    int end = text.indexOf('\n', to);
    end = end < 0 ? text.length() : end;
    for (int i = Math.min(from, end) - 2; i >= start; i--) {
      if (endsSentence(text, i)) {
        start = i + 2;
        break;
      }
    }
    for (int i = to; i + 1 < end; i++) {
      if (endsSentence(text, i)) {
        end = i + 1;
        break;
      }
    }
    return new int[] {start, end};
  }

  /** The sentence's text. */
  static String sentenceText(String text, int from, int to) {
    int[] s = sentence(text, from, to);
    return text.substring(s[0], s[1]);
  }

  /**
   * The clause of the sentence holding [from, to): cut at commas, semicolons and colons, so that
   * "v2.1 came out last week, v2.1.1 coming soon" says one thing of each version.
   */
  static String clauseText(String text, int from, int to) {
    int[] s = sentence(text, from, to);
    int start = s[0];
    int end = s[1];
    for (int i = from - 1; i >= s[0]; i--) {
      if (cuts(text, i)) {
        start = i + 1;
        break;
      }
    }
    for (int i = to; i < s[1]; i++) {
      if (cuts(text, i)) {
        end = i;
        break;
      }
    }
    return text.substring(start, end);
  }

  private static boolean cuts(String text, int i) {
    char c = text.charAt(i);
    // "Nov 30, 2020" and "1,000" are no clause breaks: a comma needs a space and no digit after.
    if (c == ';') return true;
    if (c != ',' && c != ':') return false;
    return i + 2 < text.length()
        && text.charAt(i + 1) == ' '
        && !Character.isDigit(text.charAt(i + 2));
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    return (c == '.' || c == '?' || c == '!') && i + 1 < text.length() && text.charAt(i + 1) == ' ';
  }
}
