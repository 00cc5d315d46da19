package io.notegraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Release versions: "v3.2.0-rc3", "3.2", "4.4.1", "v5", "v3.2 rc1"; a project name right before the
 * number joins the mention ("Podman 5.0", "Podman v3.2.0"). Not times (colons), dates (hyphens), IP
 * addresses (four numeric parts) or numbers glued to other words. Thread-safe.
 */
final class VersionFinder {
  static final GuardedPattern VERSION =
      GuardedPattern.wordStartingWith(
          Pattern.compile(
              "(?<![\\w.:/@-])"
                  + "(?:v\\d+(?:\\.(?:\\d+|[xX]))*|\\d+(?:\\.(?:\\d+|[xX])){1,2})"
                  + "(?:(?:-|\\s)?(?:rc|RC|alpha|beta)\\d+|-dev)?"
                  + "(?![\\w]|\\.\\d|:\\d|%|-\\d)"),
          "v0123456789");

  /** A bare release number right after a project name: "Fedora 35", "Podman 4". */
  private static final Pattern NUMBER_AFTER_PROJECT =
      Pattern.compile("[ \\t]{1,2}(\\d{1,3})(?![\\w]|[.:,]\\d|%|-\\d)");

  private static final Pattern IP_LIKE = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");

  private VersionFinder() {}

  /**
   * Versions in {@code masked}; {@code projects} are the project finds of the same text, used to
   * widen "Podman 5.0".
   */
  static List<Candidate> find(String masked, List<Candidate> projects) {
    List<Candidate> out = new ArrayList<>();
    int to = masked.length();
    GuardedPattern.Finds g = VERSION.in(masked);
    while (g.find()) {
      Matcher m = g.matcher();
      int b = m.start();
      int e = m.end();
      if (IP_LIKE.matcher(masked).region(b, Math.min(to, e + 4)).lookingAt()) continue;
      for (Candidate p : projects) {
        if (p.end() < b && b - p.end() <= 2 && blanks(masked, p.end(), b)) {
          b = p.begin();
          break;
        }
      }
      out.add(new Candidate(EntityType.VERSION, b, e, 1.0, Recognizer.PATTERN));
    }
    for (Candidate p : projects) {
      Matcher n = NUMBER_AFTER_PROJECT.matcher(masked).region(p.end(), to);
      if (n.lookingAt()) {
        out.add(new Candidate(EntityType.VERSION, p.begin(), n.end(1), 1.0, Recognizer.PATTERN));
      }
    }
    return out;
  }

  /** Only spaces and tabs in {@code s[b, e)} (what "[ \\t]{1,2}" matched, without a regex). */
  private static boolean blanks(String s, int b, int e) {
    for (int i = b; i < e; i++) if (s.charAt(i) != ' ' && s.charAt(i) != '\t') return false;
    return true;
  }
}
