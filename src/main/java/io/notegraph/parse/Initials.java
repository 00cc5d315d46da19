package io.notegraph.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The initials a person goes by in running notes: the first letter of each word of the full name
 * and of each part of a hyphenated word ("AFG" for Andrés Felipe Gutiérrez, "FZB" for Fatima-Zahra
 * Benali), particles and a quoted nickname left out ("JA" for Joaquim dos Anjos). One rule for the
 * parser (which owners an item or a task names) and the link stage (whom they resolve to).
 * Stateless.
 */
public final class Initials {
  private static final Pattern WORDS = Pattern.compile("[\\s-]+");
  private static final Pattern QUOTED_NICKNAME = Pattern.compile("[\"“”][^\"“”]{1,20}[\"“”]");

  private Initials() {}

  /** Lower-case initials of a full name of two words or more, or null (one word, or over four). */
  public static String of(String fullName) {
    String name = QUOTED_NICKNAME.matcher(fullName.strip()).replaceAll(" ").strip();
    if (name.indexOf(' ') < 0) return null;
    StringBuilder out = new StringBuilder();
    for (String w : WORDS.split(name)) {
      if (w.isEmpty() || PersonShape.isParticle(w)) continue;
      out.appendCodePoint(Character.toLowerCase(w.codePointAt(0)));
    }
    return out.length() >= 2 && out.length() <= 4 ? out.toString().toLowerCase(Locale.ROOT) : null;
  }
}
