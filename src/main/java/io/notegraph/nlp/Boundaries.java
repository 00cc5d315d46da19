package io.notegraph.nlp;

import java.util.Set;

/** Where a dictionary match may stand: the context rules shared by the finders. Stateless. */
final class Boundaries {
  /** Aliases that are also podman subcommand words ("podman generate kube"). */
  private static final Set<String> SUBCOMMAND_PRECEDERS = Set.of("generate", "play", "podman");

  /**
   * Adverbs and prepositions that make a verb of the word before them ("Go ahead", "go down this
   * path", "Go into that"): English grammar, not names.
   */
  private static final Set<String> PARTICLES =
      Set.of(
          "ahead", "down", "up", "into", "back", "over", "through", "away", "out", "off", "along",
          "around", "forward", "for", "there", "home", "fix", "figure", "check", "find", "get");

  private Boundaries() {}

  /**
   * A one-word name matched only as written because it is also a word ("Go"), used as that word:
   * followed by a particle or a verb that makes it the verb ("Go ahead", "go fix it").
   */
  static boolean verbUse(String masked, int b, int e, java.util.Set<String> exactLabels) {
    String word = masked.substring(b, e);
    if (!exactLabels.contains(word) || word.indexOf(' ') >= 0) return false;
    int i = e;
    while (i < masked.length() && masked.charAt(i) == ' ') i++;
    if (i == e) return false;
    int j = i;
    while (j < masked.length() && Character.isLetter(masked.charAt(j))) j++;
    return j > i && PARTICLES.contains(masked.substring(i, j));
  }

  /**
   * Not part of a file name, path or longer hyphenated word ("docker-compose.yaml"). Names of
   * people ({@code digitsGlue} false) may touch digits and slashes ("Ann Lee/Bo Lund").
   */
  static boolean standsAlone(String s, int b, int e, boolean digitsGlue) {
    String glue = digitsGlue ? "-./_" : "-._";
    if (e < s.length() - 1
        && glue.indexOf(s.charAt(e)) >= 0
        && Character.isLetterOrDigit(s.charAt(e + 1))) {
      return false;
    }
    if (digitsGlue
        && e < s.length()
        && Character.isLetterOrDigit(s.charAt(e))
        && Character.isLetterOrDigit(s.charAt(e - 1))) {
      return false;
    }
    if (b > 0 && Character.isLetterOrDigit(s.charAt(b - 1)) && Character.isLetter(s.charAt(b))) {
      return false;
    }
    return b < 2
        || (digitsGlue ? "-/_" : "-_").indexOf(s.charAt(b - 1)) < 0
        || !Character.isLetterOrDigit(s.charAt(b - 2));
  }

  /**
   * End of one to three digits glued to a capitalised name [b, e) and then a boundary ("Fedora35"),
   * else {@code e}.
   */
  static int gluedRelease(String s, int b, int e) {
    int i = e;
    while (i < s.length() && i - e < 4 && Character.isDigit(s.charAt(i))) i++;
    if (i == e || i - e > 3 || !Character.isUpperCase(s.charAt(b))) return e;
    if (i < s.length()
        && (Character.isLetterOrDigit(s.charAt(i))
            || s.charAt(i) == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
      return e;
    }
    return i;
  }

  static boolean precededBySubcommand(String s, int b) {
    int i = b - 1;
    while (i >= 0 && s.charAt(i) == ' ') i--;
    int end = i + 1;
    while (i >= 0 && Character.isLetter(s.charAt(i))) i--;
    if (end == b || end - i - 1 == 0) return false;
    String word = s.substring(i + 1, end);
    return SUBCOMMAND_PRECEDERS.contains(word);
  }
}
