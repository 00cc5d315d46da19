package io.notegraph.link;

import io.notegraph.nlp.gazetteer.NameKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** String normalisation shared by every matcher: accent-, case- and punctuation-insensitive. */
final class Names {
  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  private Names() {}

  /** {@link NameKey#normalise}: accent-, case- and punctuation-insensitive. */
  static String normalise(String s) {
    return NameKey.normalise(s);
  }

  /** Tokens of {@link #normalise}; a single glued "TomSweeney" is split at its case change. */
  static List<String> tokens(String s) {
    String t = s.trim();
    if (!t.contains(" ") && hasCaseChange(t) && !t.equals(t.toUpperCase(Locale.ROOT))) {
      String split = CAMEL.matcher(t).replaceAll(" ");
      if (split.split(" ").length == 2) t = split;
    }
    String n = normalise(t);
    return n.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(n.split(" ")));
  }

  /** Whether {@link #CAMEL} occurs: a lower-case letter right before an upper-case one. */
  private static boolean hasCaseChange(String t) {
    int previous = -1;
    for (int i = 0; i < t.length(); ) {
      int c = t.codePointAt(i);
      int type = Character.getType(c);
      if (previous == Character.LOWERCASE_LETTER && type == Character.UPPERCASE_LETTER) {
        return true;
      }
      previous = type;
      i += Character.charCount(c);
    }
    return false;
  }

  /** The IRI slug of GRAPH.md ({@link NameKey#slug}). */
  static String slug(String s) {
    return NameKey.slug(s);
  }

  /** Number of non-ASCII letters: the "most accented" tie-break for canonical names. */
  static int accents(String s) {
    return (int) s.chars().filter(c -> c > 127 && Character.isLetter(c)).count();
  }
}
