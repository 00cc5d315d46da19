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
              + "|brought|ships|shipped|implemented|enabled|will\\s+(?:also\\s+)?(?:include|have|add"
              + "|bring|introduce|ship|support|enable))\\s+([^,;:()]{3,80})");

  /**
   * "The krun runtime will be used for pods on arm64", "zstd will be the default": a capability the
   * release will have, the sentence whole. Not when its subject is the release, a pronoun, a number
   * or a date ("The release will be available in May").
   */
  private static final Pattern WILL_BE =
      Pattern.compile(
          "(?i)^(\\S.{2,60}?)\\s+will\\s+(?:now\\s+|also\\s+)?be\\s+(?:used|supported|enabled"
              + "|available|the default|default|switched|moved|replaced|removed|dropped|rewritten"
              + "|turned on)\\b.*$");

  private static final Pattern NOT_A_SUBJECT =
      Pattern.compile(
          "(?i)^(?:it|this|that|these|those|there|we|they|i|you|he|she|everything|nothing"
              + "|(?:the|a|an|our|this|that)\\s+(?:release|version|tag|branch|build|meeting|notes?"
              + "|docs?|documentation|blog|slides|recording|demo|rc|candidate)\\b)|.*\\d");

  /**
   * "Cache changes and log changes.", "A number of CLI changes that break old scripts.": a sentence
   * that is only a list of changes, each a few words ending in a noun of change.
   */
  private static final Pattern CHANGE_PART =
      Pattern.compile(
          "(?i)^(?:(?!"
              + FeatureSentences.NOT_A_QUALIFIER
              + ")[\\w/.+-]+\\s+){1,3}"
              + "(?:changes|updates|improvements|enhancements|fixes|support|rework)$");

  private static final Pattern QUANTIFIER =
      Pattern.compile("(?i)^(?:a number of|a lot of|lots of|several|many|some|various)\\s+");

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
              + "(?:release|version)|(?:in|to|for)\\s+(?:the\\s+)?v?\\d+(?:\\.\\d+)+\\S*|upstream))*"
              + "\\s*");

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
      for (String feature : features(s)) {
        String clean = FeatureLists.clean(feature);
        if (clean.isEmpty() || GENERIC.matcher(clean).matches()) continue;
        out.add(new Stated(clean, begin + start));
      }
    }
    return out;
  }

  /**
   * What one sentence states the release brings: one feature, the parts of a list of changes, or
   * none.
   */
  static List<String> features(String sentence) {
    String one = feature(sentence);
    return one != null ? List.of(one) : changes(sentence);
  }

  /** The parts of a sentence that only lists changes, or none when any part is something else. */
  static List<String> changes(String sentence) {
    String s = sentence.strip().replaceAll("[.!]+$", "");
    List<String> out = new ArrayList<>();
    for (String part : FeatureSentences.distributed(Releases.parts(s))) {
      String p = QUANTIFIER.matcher(part.strip()).replaceFirst("");
      p = p.replaceFirst("(?i)\\s+(?:that|which)\\b.*$", "").strip();
      if (GENERIC.matcher(p).matches()) continue;
      if (!CHANGE_PART.matcher(p).matches()) return List.of();
      out.add(p);
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
      // "Two themes have been added to v9.1, adding A and B": what they do, too.
      if (tail.matches("(?i)^,?\\s*(?:adding|giving|bringing|offering|enabling|providing)\\s.*"))
        return m.group(1) + " " + tail.replaceFirst("^,\\s*", "");
      if (!WILL_BE.matcher(s).matches()) return null; // "Dan added a comment": an object
    }
    m = WILL_BE.matcher(s);
    if (m.matches()) {
      String subject = m.group(1).strip();
      // A noun phrase: "Suggesting that X be used, and that will be ..." is a clause, not a
      // subject.
      return NOT_A_SUBJECT.matcher(subject).lookingAt()
              || subject.matches(
                  "(?i)^\\S+ing\\b.*|.*[,;].*|.*\\b(?:that|which|who|and|but|or)\\b.*")
              || FeatureSentences.SCHEDULE.matcher(subject).find()
          ? null
          : s;
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
