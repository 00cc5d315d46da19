package io.notegraph.parse;

import io.notegraph.nlp.EnglishWords;
import java.util.regex.Pattern;

/**
 * Whether a few words have the shape of a person's full name when nothing else is known: two to
 * five capitalised words (particles such as "dos", "van der", "ap" may be lower case, a quoted
 * nickname may stand between), none of them an English word. "Joaquim dos Anjos" and "Viktor
 * \"Vik\" Stoyanov" are; "Pelagic Systems" and "Release notes" are not. Stateless.
 */
final class PersonShape {
  private static final Pattern CAPITALISED = Pattern.compile("(?U)[\\p{Lu}\"“][\\p{L}\"”'’.-]*");
  private static final Pattern PARTICLE =
      Pattern.compile(
          "(?i)van|von|der|den|de|di|du|da|dos|das|del|della|dalla|le|la|bin|binti|ibn|ap|al|ter");

  private PersonShape() {}

  static boolean fullName(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length < 2 || words.length > 5) return false;
    int capitalised = 0;
    for (String w : words) {
      if (PARTICLE.matcher(w).matches()) continue;
      if (!CAPITALISED.matcher(w).matches()) return false;
      boolean quoted = w.startsWith("\"") || w.startsWith("“");
      if (!quoted && EnglishWords.contains(w)) return false;
      capitalised++;
    }
    return capitalised >= 2;
  }
}
