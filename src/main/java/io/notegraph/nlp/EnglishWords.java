package io.notegraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Lower-case English words of three letters or more (Debian's wamerican, from SCOWL; see {@code
 * /nlp/english-words.NOTICE.txt}): a capitalised word that is one ("Trait", "Laws") is weak
 * evidence of a person's name, one that is not ("Amanieu", "Niko") is strong. Immutable.
 */
public final class EnglishWords {
  // Only looked up, never iterated: a hash set is deterministic here.
  private static final Set<String> WORDS = read("/nlp/english-words.txt.gz");

  private EnglishWords() {}

  /** Whether {@code word} (any case) is an English word, its plural, or hyphenated words. */
  public static boolean contains(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.indexOf('-') > 0) { // "Bit-Pattern": every part a word
      for (String part : lower.split("-")) {
        if (part.length() >= 3 && !contains(part)) return false; // "up" in "write-up" is a word
      }
      return true;
    }
    if (WORDS.contains(lower)) return true;
    return lower.endsWith("s")
        && lower.length() > 4
        && WORDS.contains(lower.substring(0, lower.length() - 1));
  }

  private static Set<String> read(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = EnglishWords.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " missing from the jar");
      try (var r =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) out.add(line.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
