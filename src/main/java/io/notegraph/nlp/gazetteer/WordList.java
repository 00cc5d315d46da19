package io.notegraph.nlp.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * An English word list (one word a line, as {@code /usr/share/dict/words}): lower-case entries are
 * ordinary words, capitalised ones proper names. Decides which gazetteer names need evidence in the
 * text, by the list rather than by listing names that once went wrong.
 */
public final class WordList {
  private final Set<String> common;
  private final Set<String> proper;

  private WordList(Set<String> common, Set<String> proper) {
    this.common = common;
    this.proper = proper;
  }

  public static WordList read(Path file) throws IOException {
    Set<String> common = new HashSet<>();
    Set<String> proper = new HashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String w = line.strip();
      if (w.isEmpty() || w.contains("'")) continue;
      String lower = w.toLowerCase(Locale.ROOT);
      (w.equals(lower) ? common : proper).add(lower);
    }
    return new WordList(common, proper);
  }

  public static WordList of(Set<String> common, Set<String> proper) {
    return new WordList(Set.copyOf(common), Set.copyOf(proper));
  }

  /**
   * {@link Gazetteer.Evidence#COMMON_WORD} when a one-word name is an ordinary word ("Helm"),
   * {@link Gazetteer.Evidence#PROPER_NAME} when it is a proper name ("Lima"), else NONE. Names of
   * several words ("Open Policy Agent"), and names with inner capitals or digits ("AMD", "MySQL")
   * are not read by accident.
   */
  public Gazetteer.Evidence classify(String name) {
    String key = NameKey.normalise(name);
    if (key.isEmpty() || key.contains(" ")) return Gazetteer.Evidence.NONE;
    // "AMD", "MySQL", "k3s": capitals after the first letter or digits make a name no word.
    if (name.length() > 1 && !name.substring(1).equals(name.substring(1).toLowerCase(Locale.ROOT))
        || name.chars().anyMatch(Character::isDigit)) {
      return Gazetteer.Evidence.NONE;
    }
    if (common.contains(key)) return Gazetteer.Evidence.COMMON_WORD;
    return proper.contains(key) ? Gazetteer.Evidence.PROPER_NAME : Gazetteer.Evidence.NONE;
  }
}
