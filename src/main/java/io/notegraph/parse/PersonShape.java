package io.notegraph.parse;

import io.notegraph.nlp.EnglishWords;
import io.notegraph.nlp.OrganizationEnds;
import java.util.regex.Pattern;

/**
 * Whether a few words have the shape of a person's full name when nothing else is known: two to
 * five capitalised words (particles such as "dos", "van der", "ap" may be lower case, a quoted
 * nickname may stand between), no acronym, no English word but one among three or more. "Joaquim
 * dos Anjos" and "Viktor \"Vik\" Stoyanov" are; "Pelagic Systems" and "Release notes" are not.
 * Stateless.
 */
final class PersonShape {
  private static final Pattern CAPITALISED = Pattern.compile("(?U)[\\p{Lu}\"“][\\p{L}\"”'’.-]*");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
  private static final Pattern PARTICLE =
      Pattern.compile(
          "(?i)van|von|der|den|de|di|du|da|dos|das|del|della|dalla|le|la|bin|binti|ibn|ap|al|ter");

  /** A particle joined to the capitalised name it belongs to: "al-Hashimi", "d'Almeida". */
  private static final Pattern JOINED_PARTICLE =
      Pattern.compile("(?U)(?:al|el|ad|ibn|bin|d|l|o)[-'’]\\p{Lu}[\\p{L}'’-]*");

  private PersonShape() {}

  /** Whether {@code word} is a particle of a name: "dos", "van", "ap", "ibn". */
  static boolean isParticle(String word) {
    return PARTICLE.matcher(word).matches();
  }

  static boolean fullName(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length < 2 || words.length > 5) return false;
    int capitalised = 0;
    int english = 0;
    for (String w : words) {
      if (PARTICLE.matcher(w).matches()) continue;
      if (JOINED_PARTICLE.matcher(w).matches()) { // "al-Hashimi", "d'Almeida"
        capitalised++;
        continue;
      }
      if (!CAPITALISED.matcher(w).matches() || ACRONYM.matcher(w).matches()) return false;
      boolean quoted = w.startsWith("\"") || w.startsWith("“");
      if (!quoted && EnglishWords.contains(w)) english++;
      capitalised++;
    }
    // "Pilar Morales Ortega" has one English word in it; "Pelagic Systems" is all of them
    String last = words[words.length - 1];
    return capitalised >= 2
        && (english == 0 || capitalised >= 3 && english == 1)
        && !OrganizationEnds.contains(last);
  }
}
