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
      Set.of(
          "kernel", "api", "apis", "cgroup", "cgroups", "ip", "ipv", "http", "tls", "page", "step",
          "chapter", "section", "issue", "pr", "rfc", "python", "go", "golang", "java");

  private static final Pattern RELEASE_WORDS =
      Pattern.compile(
          "(?i)\\b(?:releas(?:e|es|ed|ing)|rcs?\\d*|release candidate|out|ship(?:s|ped|ping)?"
              + "|cut|tag(?:ged)?|final|versions?|upgrade[sd]?|update[sd]?|available|coming"
              + "|planned|plans?|planning|brings|adds|includes|land(?:s|ed)?|bump(?:ed)?"
              + "|dev(?:el)?|development|schedule[d]?|branch|milestones?|stabili[sz]\\w*"
              + "|beta|stable|nightly|backport(?:s|ed)?|regress(?:ion|ions|ed)?)\\b");

  /** A Markdown heading line: "### v2.3.0 (2025-07-01)". */
  private static final Pattern HEADING_LINE = Pattern.compile("^ {0,3}#{1,6}\\s");

  /** A table header that names a version column: "| Version | Status |". */
  private static final Pattern VERSION_COLUMN =
      Pattern.compile("(?i)^\\s*\\|?\\s*(?:version|release|tag)s?\\s*\\|");

  /** A number followed by a unit is a quantity: "7.5 megabytes", "12 years", "0.02$". */
  private static final Pattern UNIT_AFTER =
      Pattern.compile(
          "(?i)^(?:\\$|\\s*(?:%|percent\\b|[kmgt]i?b\\b|(?:kilo|mega|giga|tera)?bytes?\\b|years?\\b"
              + "|months?\\b|weeks?\\b|days?\\b|hours?\\b|hrs?\\b|minutes?\\b|mins?\\b"
              + "|seconds?\\b|secs?\\b|ms\\b|times\\b|x\\b|commits\\b"
              + "|lines\\b|cores?\\b|cpus?\\b|dollars?\\b|euros?\\b|k\\b|m\\b))");

  /** Words after a number that make it a distribution's number, not the series project's. */
  private static final Pattern DISTRIBUTION_AFTER =
      Pattern.compile("(?i)^\\W{0,3}(?:lts|stream|server|desktop|kernel)\\b");

  /** Words before a number that make it a numbered part of a text: "Section 6.2", "Step 3". */
  private static final Set<String> PART_WORDS =
      Set.of(
          "section",
          "chapter",
          "figure",
          "fig",
          "table",
          "insight",
          "part",
          "phase",
          "stage",
          "level",
          "page",
          "item",
          "step",
          "rule",
          "option",
          "tier",
          "number",
          "no",
          "appendix",
          "question",
          "point",
          "slide",
          "line",
          "room",
          "exhibit",
          "lemma",
          "theorem");

  /**
   * Words that may stand between a project and its version when the sentence names the project as
   * the release's subject: "Buildah is now at 1.45", "crun was bumped to 1.9". Anything else
   * ("RHEL7 is now frozen on 1.6.4", "the Kubic repos, just in case 4.0") says the number is not
   * the project's.
   */
  private static final Set<String> SUBJECT_LINK =
      Set.of(
          "is",
          "was",
          "are",
          "were",
          "now",
          "at",
          "to",
          "version",
          "release",
          "released",
          "reached",
          "reaches",
          "bumped",
          "updated",
          "upgraded",
          "moved",
          "has",
          "hit",
          "hits",
          "just",
          "currently",
          "will",
          "be",
          "been",
          "went",
          "goes",
          "got",
          "gets",
          "v",
          "already",
          "finally",
          "tagged",
          "cut",
          "shipped",
          "ships",
          "latest",
          "new",
          "the",
          "its",
          "for");

  /**
   * What {@link #soleProjectOfSentence} answers when the sentence names a project before the number
   * that is not its subject ("available in RHEL starting from 9.2"): the number is no version of
   * the meeting's project either, so the weaker rules must stand back.
   */
  static final Things.Resolution OTHER_PROJECT =
      new Things.Resolution("", null, false, "", "another project is named before it");

  private VersionEvidence() {}

  /**
   * Not a version whatever is named next to it: a quantity ("7.5 megabytes", "12 years", "0.02$",
   * "$1.5"), or a numbered part of a text ("Section 6.2", "Step 3.1").
   */
  static boolean isQuantityOrPart(Versions.Context c, String named) {
    String text = c.note().document().text();
    int end = c.range().end();
    String after = text.substring(end, Math.min(text.length(), end + 20));
    if (UNIT_AFTER.matcher(after).find()) return true;
    int begin = numberBegin(c);
    if (begin > 0 && text.charAt(begin - 1) == '$') return true;
    String word = named.isBlank() ? Versions.lastWord(c.before()) : Versions.lastWord(named);
    return PART_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** "20.04 LTS", "9 Stream": the number is a distribution's, not the meeting's project's. */
  static boolean distributionFollows(Versions.Context c) {
    String text = c.note().document().text();
    int end = c.range().end();
    return DISTRIBUTION_AFTER
        .matcher(text.substring(end, Math.min(text.length(), end + 12)))
        .find();
  }

  /**
   * A sentence that starts with a pronoun ("It just reached v1.0") speaks of what the sentence
   * before named, not of the meeting's project.
   */
  static boolean pronounSubject(Versions.Context c) {
    String text = c.note().document().text();
    int[] s = Sentences.sentence(text, c.range().begin(), c.range().end());
    String head = text.substring(s[0], c.range().begin()).strip();
    return head.matches("(?is)^[*_`>\\s-]*(?:it|its|it's|they|their|this|that|these|those)\\b.*");
  }

  /**
   * The project last named before the number in its sentence, even in a transcript; empty when none
   * is.
   */
  static Optional<Things.Resolution> projectSaidBefore(Versions.Context c, Things things) {
    String text = c.note().document().text();
    int[] s = Sentences.sentence(text, c.range().begin(), c.range().end());
    Mention last = null;
    for (Mention m : c.note().mentions()) {
      if (m.type() != EntityType.PROJECT) continue;
      if (m.range().begin() < s[0] || m.range().end() > c.range().begin()) continue;
      if (last == null || m.range().end() > last.range().end()) last = m;
    }
    return last == null ? Optional.empty() : things.identify(EntityType.PROJECT, last.text());
  }

  /**
   * Whether the words between a project mention and the version link them as subject and release
   * ("is now at", "was bumped to"): at most four words, no punctuation between.
   */
  static boolean linksAsSubject(String between) {
    String b = between.strip();
    if (b.isEmpty()) return true;
    if (b.matches(".*[,;:()\\[\\]!?].*")) return false;
    String[] words = b.toLowerCase(Locale.ROOT).split("\\s+");
    if (words.length > 4) return false;
    for (String w : words) if (!SUBJECT_LINK.contains(w)) return false;
    return true;
  }

  /**
   * False for numbers that are no release of anything named near them: single numbers ("v4", "5"),
   * requirements and shares ("5.5+", "5.5%"), and numbers of a kernel, API, cgroup, IP.
   */
  static boolean standsAlone(Versions.Context c) {
    String text = c.note().document().text();
    if (!c.found().dotted()) return false;
    int end = c.range().end();
    if (end < text.length() && "+%".indexOf(text.charAt(end)) >= 0) return false;
    String last = Versions.lastWord(c.before()).toLowerCase(Locale.ROOT);
    return !OTHER_NUMBER.contains(last);
  }

  /** "5.5+", even "Ubuntu 5.0+": a requirement, not something said of a release. */
  static boolean isRequirement(Versions.Context c) {
    String text = c.note().document().text();
    int end = c.range().end();
    return end < text.length() && text.charAt(end) == '+';
  }

  /**
   * The one project the version's sentence names before it, on its own (not glued to a version of
   * its own), if there is exactly one: "Buildah is now at 1.45". Not in transcripts.
   */
  static Optional<Things.Resolution> soleProjectOfSentence(Versions.Context c, Things things) {
    if (inTranscript(c)) return Optional.empty(); // speech-to-text puts numbers next to anything
    String text = c.note().document().text();
    int[] s = Sentences.sentence(text, c.range().begin(), c.range().end());
    TreeMap<String, Things.Resolution> found = new TreeMap<>();
    Mention last = null;
    for (Mention m : c.note().mentions()) {
      if (m.type() != EntityType.PROJECT) continue;
      // The project is the sentence's subject, before the number: "Buildah is now at 1.45".
      if (m.range().begin() < s[0] || m.range().end() > c.range().begin()) continue;
      things.identify(EntityType.PROJECT, m.text()).ifPresent(r -> found.putIfAbsent(r.id(), r));
      if (last == null || m.range().end() > last.range().end()) last = m;
    }
    if (found.isEmpty() || last == null) return Optional.empty();
    if (found.size() != 1) return Optional.of(OTHER_PROJECT);
    // ... and the words between make it the subject of the release, not a place ("frozen on").
    String between =
        text.substring(last.range().end(), Math.max(last.range().end(), numberBegin(c)));
    return linksAsSubject(between)
        ? Optional.of(found.firstEntry().getValue())
        : Optional.of(OTHER_PROJECT);
  }

  /**
   * Whether the version's clause, else its sentence, speaks of a release (released, out, RC,
   * planned, version, update...), outside a transcript (speech-to-text makes numbers of words) and
   * not as a clock time ("at 11.02").
   */
  static boolean speaksOfARelease(Versions.Context c) {
    String text = c.note().document().text();
    if (inTranscript(c)) return false;
    if (Versions.lastWord(c.before()).equalsIgnoreCase("at")) return false;
    if (c.section() != null
        && c.section().titleRange() != null
        && c.section().titleRange().begin() <= c.range().begin()
        && c.range().end() <= c.section().titleRange().end()) {
      return true; // a version in a heading is what the section is about
    }
    int lineStart = text.lastIndexOf('\n', Math.max(0, c.range().begin() - 1)) + 1;
    if (HEADING_LINE.matcher(text.substring(lineStart, c.range().begin())).lookingAt()) {
      return true; // "### v2.3.0 (2025-07-01)": a changelog entry, whatever the parser's sections
    }
    if (inVersionTable(text, lineStart)) return true;
    return RELEASE_WORDS
        .matcher(Sentences.sentenceText(text, c.range().begin(), c.range().end()))
        .find();
  }

  /** Whether the version's sentence has a release word, wherever it stands (even a transcript). */
  static boolean sentenceSpeaksOfARelease(Versions.Context c) {
    String text = c.note().document().text();
    return RELEASE_WORDS
        .matcher(Sentences.sentenceText(text, c.range().begin(), c.range().end()))
        .find();
  }

  /**
   * Said right after the number, or right before it with a subject: it came out. "5.1 is out",
   * "1.9.2 shipped yesterday", "5.0 was released last week", "we just released 5.1", "we tagged
   * v2.3". Not "will be out", "is out of date", "is not out".
   */
  private static final Pattern SHIPPED_AFTER =
      Pattern.compile(
          "(?i)^[\\s*_`]*(?:(?:is|was|has|have|got|had)\\s+)?(?:just\\s+|finally\\s+|now\\s+"
              + "|been\\s+|already\\s+|officially\\s+)*(?:out\\b(?!\\s+of\\b)|released\\b"
              + "|shipped\\b|tagged\\b|came out\\b|went out\\b|went live\\b|landed\\b"
              + "|published\\b|is available\\b|available now\\b)");

  private static final Pattern SHIPPED_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:we|they|i|you)\\s+(?:just\\s+|finally\\s+|already\\s+)?(?:released|shipped"
              + "|tagged|cut|published|put out)\\s+(?:the\\s+|a\\s+)?(?:new\\s+)?(?:version\\s+"
              + "|release\\s+)?v?$");

  /**
   * Whether the words next to the number say the version came out: what a transcript must say
   * before its number counts as a release.
   */
  static boolean saysItShipped(Versions.Context c) {
    String text = c.note().document().text();
    int end = c.range().end();
    String after = text.substring(end, Math.min(text.length(), end + 40));
    if (SHIPPED_AFTER.matcher(after).lookingAt()) return true;
    String before =
        c.before().length() > 60 ? c.before().substring(c.before().length() - 60) : c.before();
    return SHIPPED_BEFORE.matcher(before).find();
  }

  /** Whether the number's sentence has another version mention before it. */
  private static boolean versionBefore(Versions.Context c) {
    String text = c.note().document().text();
    int[] s = Sentences.sentence(text, c.range().begin(), c.range().end());
    for (Mention m : c.note().mentions()) {
      if (m.type() == EntityType.VERSION
          && m.range().begin() >= s[0]
          && m.range().end() <= c.range().begin()) return true;
    }
    return false;
  }

  /** Prepositions that put an unprefixed dotted number in a release line: "in 1.51". */
  private static final Set<String> SINCE_IN =
      Set.of("in", "for", "since", "until", "till", "before", "after");

  /** Words that may stand right before a "v"-prefixed number of the meeting's project. */
  private static final Set<String> LEAD_IN =
      Set.of(
          "since", "in", "for", "until", "till", "before", "after", "from", "to", "with", "into",
          "on", "by", "than", "and", "or", "the", "is", "was", "be", "been", "about", "like", "of",
          "onto", "past", "via");

  /**
   * "Supported since v1.6", "removed in v3.1", "V3.0 will complete": a "v" and a dotted number at
   * the start of a sentence or after a preposition, outside a transcript, is written as a release
   * of the meeting's project even with no release word ("plugin v0.3" is the plugin's).
   */
  static boolean writtenAsAVersion(Versions.Context c) {
    if (!c.found().dotted() || inTranscript(c)) return false;
    if (!c.found().prefixed()) {
      // "landed in 1.51", "a fix for 1.65", "since 3.4": a preposition of time before the number,
      // in a sentence with no version before it ("Podman 2.1 in 8.3.1" is a distribution's).
      return SINCE_IN.contains(Versions.lastWord(c.before()).toLowerCase(Locale.ROOT))
          && !versionBefore(c);
    }
    String before = c.before().stripTrailing();
    if (before.isEmpty() || before.matches("(?s).*[.!?:;,(*>-]$")) return true;
    return LEAD_IN.contains(Versions.lastWord(before).toLowerCase(Locale.ROOT));
  }

  /**
   * Words after which a bare number may be the meeting's project's release: function words, release
   * words, verbs of change. Any other word owns the number ("shepherds 4.0", "plugin 0.3", "Desktop
   * 1.12" with no Podman Desktop known): the section and series rules stand back.
   */
  private static final Set<String> WEAK_LEAD_IN =
      Set.of(
          "version",
          "versions",
          "release",
          "releases",
          "regression",
          "regressions",
          "beta",
          "stable",
          "nightly",
          "new",
          "next",
          "upcoming",
          "latest",
          "newest",
          "last",
          "final",
          "current",
          "first",
          "previous",
          "old",
          "older",
          "are",
          "were",
          "has",
          "have",
          "had",
          "will",
          "would",
          "should",
          "can",
          "could",
          "reached",
          "reach",
          "reaches",
          "hit",
          "hits",
          "bump",
          "bumped",
          "tag",
          "tagged",
          "cut",
          "ship",
          "shipped",
          "ships",
          "released",
          "land",
          "lands",
          "landed",
          "make",
          "makes",
          "target",
          "targeting",
          "targeted",
          "towards",
          "toward",
          "vs",
          "versus",
          "our",
          "its",
          "a",
          "an",
          "as",
          "but",
          "also",
          "just",
          "still",
          "only",
          "even",
          "both",
          "that",
          "which",
          "now",
          "then",
          "rc",
          "update",
          "updates",
          "updated",
          "upgrade",
          "upgraded",
          "we",
          "i",
          "you",
          "they",
          "it",
          "get",
          "got",
          "gets",
          "move",
          "moved",
          "switch",
          "switched",
          "go",
          "going",
          "require",
          "requires",
          "required",
          "need",
          "needs",
          "support",
          "supports",
          "supported",
          "drop",
          "dropped",
          "use",
          "using",
          "uses",
          "used",
          "try",
          "tried",
          "test",
          "tested",
          "testing",
          "run",
          "running",
          "ran",
          "install",
          "installed",
          "without",
          "build",
          "built",
          "so",
          "around",
          "this",
          "upstream",
          "main",
          "master",
          "fixed",
          "fix",
          "fixes",
          "changed",
          "added",
          "removed",
          "deprecated",
          "introduced",
          "stabilize",
          "stabilized",
          "stabilise",
          "stabilised",
          "backport",
          "backported",
          "nominated",
          "out",
          "post",
          "pre",
          "early",
          "late",
          "planned",
          "expected",
          "due",
          "is",
          "was",
          "be",
          "been",
          "being",
          "not",
          "no",
          "yes",
          "ok",
          "okay",
          "well",
          "maybe",
          "perhaps",
          "probably",
          "possibly",
          "likely",
          "hopefully",
          "since",
          "in",
          "for",
          "until",
          "till",
          "before",
          "after",
          "from",
          "to",
          "with",
          "into",
          "on",
          "by",
          "than",
          "and",
          "or",
          "the",
          "of",
          "about",
          "like",
          "onto",
          "past",
          "via",
          "within",
          "during",
          "between",
          "against",
          "per",
          "v");

  /**
   * Whether the word right before the number owns it (see {@link #WEAK_LEAD_IN}), or the number is
   * quoted or assigned ("version = '1.3.0'"): no release of the meeting's project.
   */
  static boolean ownedByWordBefore(Versions.Context c) {
    String t = c.before().stripTrailing();
    if (!t.isEmpty() && "'\"=".indexOf(t.charAt(t.length() - 1)) >= 0) return true;
    String w = Versions.lastWord(c.before());
    if (w.isEmpty() || !w.chars().allMatch(Character::isLetter)) return false;
    return !WEAK_LEAD_IN.contains(w.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the line at {@code lineStart} is a row of a table whose first column is headed
   * "Version" or "Release" ("| 2.3 | current | ... |").
   */
  static boolean inVersionTable(String text, int lineStart) {
    if (!text.startsWith("|", lineStart)
        && !text.substring(lineStart).stripLeading().startsWith("|")) return false;
    int at = lineStart;
    while (at > 0) {
      int prev = text.lastIndexOf('\n', at - 2) + 1;
      if (!text.substring(prev, at).stripLeading().startsWith("|")) break;
      at = prev;
    }
    int end = text.indexOf('\n', at);
    return VERSION_COLUMN.matcher(text.substring(at, end < 0 ? text.length() : end)).lookingAt();
  }

  /** Where the number itself starts (a mention may start with its project: "Podman 5.0"). */
  static int numberBegin(Versions.Context c) {
    return Math.max(c.range().begin(), c.range().end() - (c.found().end() - c.found().begin()));
  }

  static boolean inTranscript(Versions.Context c) {
    for (TextSegment s : c.note().note().segments()) {
      if (s.range().begin() <= c.range().begin() && c.range().end() <= s.range().end()) {
        return s.kind() == TextSegment.SegmentKind.TRANSCRIPT;
      }
    }
    return false;
  }
}
