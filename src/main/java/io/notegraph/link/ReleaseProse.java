package io.notegraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Features told in the prose of a section about one version ("## Podman v4.4 Update"): sentences
 * that say what the release brings without naming it again. "We introduced Quadlet, a new
 * generator" gives "Quadlet"; "Several performance changes were made in this release" its subject;
 * "Networks now have IDs and labels" and "A lot of new kube features" the whole sentence. Sentences
 * that ask, plan with "if", or name another version give nothing; nor do bare "changes" or
 * "features". Stateless.
 */
final class ReleaseProse {
  /** "We introduced X", "this release adds X": X, up to the first comma. */
  private static final Pattern WE_ADDED =
      Pattern.compile(
          "(?i)^(?:(?:also|now|finally),?\\s+)?(?:we|they|it|this release|the release)\\s+"
              + "(?:also\\s+|have\\s+|has\\s+|now\\s+)*(?:introduced|added|introduces|adds|brings"
              + "|brought|ships|shipped|implemented|enabled)\\s+([^,;:()]{3,80})");

  /**
   * "X was added", "X were made in this release", "X added by Ada such as A and B": X, with what
   * follows the verb when it says what X holds ("such as ...").
   */
  private static final Pattern WAS_ADDED =
      Pattern.compile(
          "(?i)^(\\S.{2,80}?)\\s+(?:(?:was|were|has been|have been|is|are|will be)\\s+"
              + "(?:also\\s+|now\\s+)?)?(?:added|introduced|made|included|implemented|enabled)\\b"
              + "(.*)$");

  /** After the verb: who did it and where, which the feature's name leaves out. */
  private static final Pattern ATTRIBUTION =
      Pattern.compile(
          "^(?:\\s*(?:by\\s+\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)*|(?:in|to|for)\\s+(?:this|the)\\s+"
              + "(?:release|version)|upstream))*\\s*");

  /** "Networks now have IDs", "podman start --all now works": the capability, whole. */
  private static final Pattern NOW_DOES =
      Pattern.compile(
          "(?i)^(?:\\S+\\s+){0,6}?\\S+\\s+now\\s+(?:supports?|has|have|works|allows|shows|runs"
              + "|accepts|handles|detects|prompts|uses|lets)\\b.*");

  /** "A lot of new kube features", "Many new networking options": the sentence, whole. */
  private static final Pattern MANY_NEW =
      Pattern.compile(
          "(?i)^(?:a lot of|lots of|many|several|some|a few|a number of)\\s+new\\s+\\S.*");

  /** Words that only count what changed: "features and bug fixes", "changes". */
  private static final Pattern GENERIC =
      Pattern.compile(
          "(?i)^(?:(?:a|an|the|some|several|many|lots of|a lot of|a number of|few|a few|\\d+)\\s+)*"
              + "(?:new\\s+|other\\s+|user-facing\\s+|small\\s+|minor\\s+|major\\s+)*"
              + "(?:features?|changes?|fixes|bug\\s*fixes|bugs|improvements?|updates?|things?|stuff"
              + "|commits?|(?:features?|changes?) and (?:bug\\s*)?fixes)$");

  private static final Pattern NOT_A_STATEMENT =
      Pattern.compile(
          "(?i)\\?|\\b(?:if|whether|might|may|maybe|perhaps|possibly|not|no longer)\\b");

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\S)");

  private ReleaseProse() {}

  /** A feature a sentence states, and where the sentence starts in the text. */
  record Stated(String text, int begin) {}

  /**
   * The features the prose between {@code begin} and {@code end} states, one per sentence at most.
   * {@code otherVersion} tells whether a range names a version other than the section's.
   */
  static List<Stated> find(String text, int begin, int end, Ranges otherVersion) {
    List<Stated> out = new ArrayList<>();
    String body = text.substring(begin, end);
    int at = 0;
    for (String sentence : SENTENCE_END.split(body)) {
      int start = body.indexOf(sentence, at);
      at = start + sentence.length();
      String s = sentence.strip();
      if (s.isEmpty() || NOT_A_STATEMENT.matcher(s).find()) continue;
      if (otherVersion.any(begin + start, begin + at)) continue;
      String feature = feature(s);
      if (feature == null) continue;
      String clean = FeatureLists.clean(feature);
      if (clean.isEmpty() || GENERIC.matcher(clean).matches()) continue;
      out.add(new Stated(clean, begin + start));
    }
    return out;
  }

  /** Whether a feature's text only counts what changed ("a few bug fixes", "changes"). */
  static boolean generic(String text) {
    return GENERIC.matcher(text.strip()).matches();
  }

  /** What one sentence states the release brings, or null. */
  static String feature(String sentence) {
    String s = sentence.strip();
    Matcher m = WE_ADDED.matcher(s);
    if (m.find()) return m.group(1);
    m = WAS_ADDED.matcher(s);
    if (m.matches()) {
      String tail = ATTRIBUTION.matcher(m.group(2)).replaceFirst("").strip();
      if (tail.isEmpty() || tail.matches("[.!]+")) return m.group(1);
      if (tail.matches("(?i)^(?:such as|like|including|e\\.g\\.)\\s.*"))
        return m.group(1) + " " + tail;
      return null; // "Dan added a comment": the verb has an object of its own
    }
    if (NOW_DOES.matcher(s).matches() || MANY_NEW.matcher(s).matches()) return s;
    return null;
  }

  /** Whether a text range holds a version other than the one a section is about. */
  @FunctionalInterface
  interface Ranges {
    boolean any(int begin, int end);
  }
}
