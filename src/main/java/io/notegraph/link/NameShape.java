package io.notegraph.link;

import io.notegraph.nlp.EnglishWords;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a candidate person's name, as written, has the shape of a name or of something else: a
 * line of code read as a speaker label ("let x:", "where T:"), a heading read as a presenter
 * ("Trait Laws", "Appendix B"), a transcript label cut short ("om Sweeney"). Parsers of new layouts
 * are generous about what they call a label; this is the second opinion every candidate passes
 * before it becomes a person. Stateless; thread-safe.
 */
final class NameShape {
  /**
   * Keywords of the programming languages the corpora quote: a token that is one of them, written
   * in lower case, makes the candidate code ("let x", "const BAD", "trait SendSync").
   */
  private static final Set<String> CODE_WORDS =
      Set.of(
          "let",
          "fn",
          "impl",
          "struct",
          "enum",
          "trait",
          "where",
          "const",
          "mut",
          "pub",
          "mod",
          "dyn",
          "type",
          "async",
          "await",
          "static",
          "unsafe",
          "return",
          "match",
          "loop",
          "func",
          "def",
          "var",
          "val",
          "int",
          "void",
          "class",
          "import",
          "export",
          "function",
          "existential",
          "use",
          "self",
          "crate",
          "extern",
          "println",
          "assert");

  /** "rfcbot", "rustbot", "dependabot[bot]", "triage-bot", "HearthBot": accounts, not people. */
  private static final Pattern BOT =
      Pattern.compile("[a-z0-9_-]{2,}[-_]?bot(?:\\[bot\\])?|\\p{Lu}[\\p{L}0-9]*Bot");

  private static final Pattern SPACES = Pattern.compile("[\\s/]+");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

  private NameShape() {}

  /**
   * Why {@code display} cannot be a person's name whatever role it was found in, or null: a code
   * keyword, a lower-case word before a capitalised one (code or a cut label), lower-case words
   * with a one-letter one ("let x").
   */
  static String notAName(String display) {
    List<String> raw = rawTokens(display);
    if (raw.isEmpty()) return null;
    for (String t : raw) {
      if (CODE_WORDS.contains(t)) return "a code keyword ('" + t + "')";
    }
    if (raw.size() == 1 && BOT.matcher(raw.get(0)).matches()) return "a bot account";
    if (raw.size() < 2) return null;
    boolean firstLower = Character.isLowerCase(raw.get(0).codePointAt(0));
    boolean laterUpper = false;
    boolean allLower = true;
    boolean oneLetter = false;
    for (int i = 0; i < raw.size(); i++) {
      String t = raw.get(i);
      boolean upper = Character.isUpperCase(t.codePointAt(0));
      if (i > 0 && upper) laterUpper = true;
      if (upper) allLower = false;
      if (t.codePointCount(0, t.length()) == 1) oneLetter = true;
    }
    if (firstLower && laterUpper) return "a lower-case word before a capitalised one";
    if (allLower && oneLetter) return "lower-case words with a one-letter one";
    return null;
  }

  /**
   * A transcript label cut at its start ("om Sweeney" for Tom Sweeney): a lower-case first word of
   * at most three letters before capitalised words. The label is repaired from the meeting's people
   * or dropped.
   */
  static boolean truncatedLabel(String display) {
    List<String> raw = rawTokens(display);
    if (raw.size() < 2) return false;
    String first = raw.get(0);
    if (first.length() > 3 || !first.chars().allMatch(Character::isLowerCase)) return false;
    for (String t : raw.subList(1, raw.size())) {
      if (!Character.isUpperCase(t.codePointAt(0))) return false;
    }
    return true;
  }

  /**
   * Whether a name of two or more words is made only of English words or acronyms ("Trait Laws",
   * "Appendix B", "GAT Stabilization") and does not start with a known given name: a heading or a
   * phrase, unless an attendee list names it.
   */
  static boolean onlyWords(
      List<String> keyTokens, String display, java.util.function.Predicate<String> givenName) {
    if (keyTokens.size() < 2) return false;
    if (givenName.test(keyTokens.get(0))) return false;
    List<String> raw = rawTokens(display);
    if (raw.size() < 2) return false; // one glued word ("BurntSushi") is a handle, not a phrase
    for (String t : raw) {
      String lower = t.toLowerCase(Locale.ROOT);
      long capitals = t.chars().filter(Character::isUpperCase).count();
      boolean acronym = capitals >= 2 && capitals >= t.length() - 1; // GAT, RFCs, APIs
      boolean letter = t.codePointCount(0, t.length()) == 1;
      if (!(acronym || letter || EnglishWords.contains(lower) || CODE_WORDS.contains(lower)))
        return false;
    }
    return true;
  }

  /** The words as written, split at spaces, hyphens kept, punctuation at the ends dropped. */
  private static List<String> rawTokens(String display) {
    return SPACES
        .splitAsStream(display.strip())
        .map(t -> EDGE_PUNCTUATION.matcher(t).replaceAll(""))
        .filter(t -> !t.isEmpty())
        .toList();
  }
}
