package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a sender or speaker label ("Joe Doss (jdoss)", "Tom Sweeney (Red Hat LLC)", "Daniel
 * (rhatdan) Walsh", "Max &lt;b-m-f&gt;", "Alex Scheel - HCP") into a {@link NameRef}, and says no
 * to anything that does not look like a person's name or handle, so that YAML keys, URLs and
 * sentences never become speakers.
 *
 * <p>The range covers the name as it stands in the document. When a handle sits inside the name
 * ("Daniel (rhatdan) Walsh") the name is "Daniel Walsh" and the range spans the whole label, handle
 * included: the only contiguous stretch that holds the name.
 */
final class SpeakerLabel {
  private static final java.util.regex.Pattern HANDLE =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  static final int MAX_LENGTH = 80;
  private static final int MAX_TOKENS = 5;

  /** Lower-case words that make a "label" a phrase ("see you at 10:30 AM") rather than a name. */
  private static final Set<String> PHRASE_WORDS =
      Set.of(
          ("a about after an and are around at be before begins by call ends for from if in is it"
                  + " let's meet meeting now of on or see since start starts that the this till to"
                  + " today tomorrow until was we will with")
              .split(" "));

  /**
   * Single words that label things other than people: YAML and config keys, note-taking prefixes.
   * Only consulted for "Label: text" lines, where a time does not vouch for the name.
   */
  private static final Set<String> NOT_SPEAKERS =
      Set.of(
          ("action agenda answer apiversion args attendees build command config context data debug"
                  + " default depends_on description edit entrypoint env environment error example"
                  + " expose fixme fyi host hostname image info input key kind labels link links"
                  + " metadata name networks note notes output path port ports ps q question re"
                  + " restart result services source spec step summary target tip todo topic"
                  + " transcript type update url usage user value version volumes warning workdir")
              .split(" "));

  /** What Zoom, Meet and BlueJeans put in parentheses after a name to say who someone is. */
  private static final Set<String> ROLES =
      Set.of("me", "you", "host", "co-host", "cohost", "guest", "presenter", "moderator");

  private SpeakerLabel() {}

  /**
   * The name in {@code document[begin, end)}, or null when that is no name.
   *
   * @param strict true for "Label: text" lines (stricter: no single config-like words, no '_')
   */
  static NameRef parse(String document, int begin, int end, int line, boolean strict) {
    while (begin < end && Character.isWhitespace(document.charAt(begin))) begin++;
    while (end > begin && Character.isWhitespace(document.charAt(end - 1))) end--;
    if (begin == end || end - begin > MAX_LENGTH) return null;
    String handle = null;
    String organization = null;
    // A trailing "(...)" or "<...>": handle, organization, or a name in another script.
    char last = document.charAt(end - 1);
    if (last == ')' || last == '>') {
      int open = lastIndexOf(document, last == ')' ? '(' : '<', begin, end - 1);
      if (open <= begin) return null;
      String inner = document.substring(open + 1, end - 1).strip();
      if (isHandle(inner)) handle = inner;
      else if (last == ')' && !isIgnoredAside(inner)) organization = inner;
      end = open;
      while (end > begin && Character.isWhitespace(document.charAt(end - 1))) end--;
    }
    // "Alex Scheel - HCP": an organization after a spaced dash.
    int dash = end - 3 > begin ? lastSpacedDash(document, begin, end - 3) : -1;
    if (dash > begin && organization == null) {
      String org = document.substring(dash + 3, end).strip();
      if (!org.isEmpty() && WHITESPACE.split(org).length <= 4) {
        organization = org;
        end = dash;
        while (end > begin && Character.isWhitespace(document.charAt(end - 1))) end--;
      }
    }
    if (begin == end) return null;
    List<String> tokens = new ArrayList<>();
    for (String token : WHITESPACE.split(directoryOrder(document.substring(begin, end)))) {
      String aside = asideOf(token);
      if (aside != null && handle == null && isHandle(aside)) handle = aside;
      else if (aside == null) tokens.add(token);
      else return null;
    }
    if (!isName(tokens, strict)) return null;
    return new NameRef(
        String.join(" ", tokens), handle, organization, new SourceRange(line, begin, end));
  }

  /** "Morel, Jean-Baptiste": a company directory's "Surname, Given names", as Teams shows it. */
  private static final java.util.regex.Pattern DIRECTORY_ORDER =
      java.util.regex.Pattern.compile(
          "(\\p{Lu}[\\p{L}'’\\-]+(?: \\p{Lu}[\\p{L}'’\\-]+)?), (\\p{Lu}[\\p{L}'’\\-]+(?: \\p{Lu}[\\p{L}'’\\-]+){0,2})");

  /** The label with a directory's "Surname, Given" turned round to "Given Surname". */
  private static String directoryOrder(String label) {
    java.util.regex.Matcher m = DIRECTORY_ORDER.matcher(label);
    return m.matches() ? m.group(2) + " " + m.group(1) : label;
  }

  /**
   * The last {@code c} in {@code document(floor, from]}, or -1. {@link String#lastIndexOf(int,
   * int)} would scan back to the start of the document when the label has none: quadratic in the
   * document's size, 11% of the parse stage's CPU at 10x before this bound.
   */
  private static int lastIndexOf(String document, char c, int floor, int from) {
    for (int i = from; i > floor; i--) if (document.charAt(i) == c) return i;
    return -1;
  }

  /** The last " - " starting in {@code document(floor, from]}, or -1 (bounded, as above). */
  private static int lastSpacedDash(String document, int floor, int from) {
    for (int i = from; i > floor; i--) {
      if (document.charAt(i + 1) == '-'
          && document.charAt(i) == ' '
          && document.charAt(i + 2) == ' ') {
        return i;
      }
    }
    return -1;
  }

  /** Whether a whole label reads as the note taker's own "Me"/"You". */
  static boolean isNoteTaker(NameRef name) {
    return name.name().equalsIgnoreCase("me") || name.name().equalsIgnoreCase("you");
  }

  private static boolean isName(List<String> tokens, boolean strict) {
    if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) return false;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      boolean numberAfterName =
          i > 0 && i == tokens.size() - 1 && t.chars().allMatch(c -> c >= '0' && c <= '9');
      if (!numberAfterName && !isNameToken(t, strict)) return false;
      // Only lower-case: "John A Smith" and "Ana Or" are names, "see you at" is not.
      if (tokens.size() > 1 && PHRASE_WORDS.contains(t)) return false;
    }
    if (strict && tokens.size() == 1) {
      return !NOT_SPEAKERS.contains(tokens.get(0).toLowerCase(Locale.ROOT));
    }
    return true;
  }

  private static boolean isNameToken(String t, boolean strict) {
    if (!Character.isLetter(t.codePointAt(0))) return false;
    return t.codePoints()
        .allMatch(
            c ->
                Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || c == '\''
                    || c == '\u2019'
                    || c == '-'
                    || c == '.'
                    || (!strict && c == '_'));
  }

  /** A token in parentheses or quotes inside a name: "(rhatdan)", "'siretart'". */
  private static String asideOf(String token) {
    if (token.length() < 3) return null;
    char first = token.charAt(0);
    char last = token.charAt(token.length() - 1);
    boolean wrapped =
        (first == '(' && last == ')')
            || (first == '\'' && last == '\'')
            || (first == '"' && last == '"');
    return wrapped ? token.substring(1, token.length() - 1) : null;
  }

  private static boolean isHandle(String s) {
    return s.length() <= 39
        && HANDLE.matcher(s).matches()
        && s.chars().anyMatch(c -> c >= 'a' && c <= 'z');
  }

  /**
   * Asides that are neither handle nor organization: roles the meeting tool adds ("(Host)",
   * "(Guest)", "(ME)") and the name written in another script ("(田中 司恩)").
   */
  private static boolean isIgnoredAside(String inner) {
    if (inner.isEmpty() || ROLES.contains(inner.toLowerCase(Locale.ROOT))) return true;
    return inner
        .codePoints()
        .anyMatch(
            c ->
                Character.isLetter(c)
                    && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
  }
}
