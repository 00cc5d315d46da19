package io.notegraph.link;

import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Mention;
import io.notegraph.parse.TextSegment;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The tests {@link Versions} applies to a version whose own words do not name its project: is it a
 * version at all (not "v4" of IPv4, a kernel "5.5+", a clock time "at 11.02"), does its sentence
 * name exactly one project, does it speak of a release. Stateless.
 */
final class VersionEvidence {
  /** Words before a number that make it something else's number. */
  private static final Set<String> OTHER_NUMBER =
      Set.of("kernel", "api", "apis", "cgroup", "cgroups", "ip", "ipv", "http", "tls", "page",
          "step", "chapter", "section", "issue", "pr", "rfc", "python", "go", "golang", "java");

  private static final Pattern RELEASE_WORDS =
      Pattern.compile(
          "(?i)\\b(?:releas(?:e|es|ed|ing)|rcs?\\d*|release candidate|out|ship(?:s|ped|ping)?"
              + "|cut|tag(?:ged)?|final|versions?|upgrade[sd]?|update[sd]?|available|coming"
              + "|planned|plans?|planning|brings|adds|includes|land(?:s|ed)?|bump(?:ed)?"
              + "|dev(?:el)?|development|schedule[d]?|branch)\\b");

  private VersionEvidence() {}

  /**
   * False for numbers that are no release of anything named near them: single numbers ("v4",
   * "5"), requirements and shares ("5.5+", "5.5%"), and numbers of a kernel, API, cgroup, IP.
   */
  static boolean standsAlone(Versions.Context c) {
    String text = c.note().document().text();
    if (!c.found().dotted()) return false;
    int end = c.range().end();
    if (end < text.length() && "+%".indexOf(text.charAt(end)) >= 0) return false;
    String last = lastWord(c.before()).toLowerCase(Locale.ROOT);
    return !OTHER_NUMBER.contains(last);
  }

  /** "5.5+", even "Ubuntu 5.0+": a requirement, not something said of a release. */
  static boolean isRequirement(Versions.Context c) {
    String text = c.note().document().text();
    int end = c.range().end();
    return end < text.length() && text.charAt(end) == '+';
  }

  /**
   * The one project the version's sentence names before it, on its own (not glued to a version
   * of its own), if there is exactly one: "Buildah is now at 1.45". Not in transcripts.
   */
  static Optional<Things.Resolution> soleProjectOfSentence(Versions.Context c, Things things) {
    if (inTranscript(c)) return Optional.empty(); // speech-to-text puts numbers next to anything
    String text = c.note().document().text();
    int[] s = Sentences.sentence(text, c.range().begin(), c.range().end());
    TreeMap<String, Things.Resolution> found = new TreeMap<>();
    for (Mention m : c.note().mentions()) {
      if (m.type() != EntityType.PROJECT) continue;
      // The project is the sentence's subject, before the number: "Buildah is now at 1.45".
      if (m.range().begin() < s[0] || m.range().end() > c.range().begin()) continue;
      things.identify(EntityType.PROJECT, m.text()).ifPresent(r -> found.putIfAbsent(r.id(), r));
    }
    return found.size() == 1 ? Optional.of(found.firstEntry().getValue()) : Optional.empty();
  }

  /**
   * Whether the version's clause, else its sentence, speaks of a release (released, out, RC,
   * planned, version, update...), outside a transcript (speech-to-text makes numbers of words) and
   * not as a clock time ("at 11.02").
   */
  static boolean speaksOfARelease(Versions.Context c) {
    String text = c.note().document().text();
    if (inTranscript(c)) return false;
    if (lastWord(c.before()).equalsIgnoreCase("at")) return false;
    if (c.section() != null
        && c.section().titleRange() != null
        && c.section().titleRange().begin() <= c.range().begin()
        && c.range().end() <= c.section().titleRange().end()) {
      return true; // a version in a heading is what the section is about
    }
    return RELEASE_WORDS
        .matcher(Sentences.sentenceText(text, c.range().begin(), c.range().end()))
        .find();
  }

  private static boolean inTranscript(Versions.Context c) {
    for (TextSegment s : c.note().note().segments()) {
      if (s.range().begin() <= c.range().begin() && c.range().end() <= s.range().end()) {
        return s.kind() == TextSegment.SegmentKind.TRANSCRIPT;
      }
    }
    return false;
  }

  private static String lastWord(String s) {
    String[] words = s.strip().split("[\\s*_`\\[\\]()]+");
    return words.length == 0 ? "" : words[words.length - 1];
  }
}
