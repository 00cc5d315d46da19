package io.notegraph.link;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a note says of a version, from the words of its clause (else its sentence): released, a
 * release candidate, planned, or only mentioned; and whether it came out on the meeting's day. The
 * literals are the graph's {@code ng:releaseStatus} values. Stateless.
 */
enum ReleaseStatus {
  RELEASED("released"),
  RC("rc"),
  PLANNED("planned"),
  MENTIONED("mentioned");

  /** "v3.0 development", "4.0-dev": a version being worked on. */
  private static final Pattern IN_DEVELOPMENT =
      Pattern.compile("(?i)^[\\s*_`]*(?:-?dev(?:el)?\\b|development\\b|dev branch\\b)");

  /** "main branch is now at v5.0", "upstream switched to v3.0": the version in the works. */
  private static final Pattern BRANCH =
      Pattern.compile(
          "(?i)\\b(?:main|master|upstream|development)\\s+(?:branch\\s+)?(?:is|was|has been)?\\s*"
              + "(?:now\\s+)?(?:at|on|switched\\s+(?:over\\s+)?to|moved\\s+to|open\\s+for)?"
              + "[\\s*_`]*(?:the\\s+)?(?:\\p{L}+\\s+)?v?$");

  /**
   * Whether the words right before a version put it on a development branch: "main branch is now
   * v5.0", "upstream was switched to v3.0". {@code before} is the text before the version's number.
   */
  static boolean onBranch(String before) {
    String tail = before.length() > 60 ? before.substring(before.length() - 60) : before;
    return BRANCH.matcher(tail).find();
  }

  private static final Pattern CANDIDATE =
      Pattern.compile("(?i)^[\\s*_`]*(?:-?rc\\s*\\d*\\b|release candidates?\\b)");

  private static final Pattern HAPPENED =
      Pattern.compile(
          "(?i)\\b(?:was|were|been|got|has|have|is|are|just|finally|now)\\s+(?:just\\s+|now\\s+"
              + "|finally\\s+|officially\\s+)?(?:released|out|cut|tagged|shipped|published|done)\\b"
              + "|\\bcame out\\b|\\bwent (?:out|live)\\b|\\breleased (?:today|yesterday|this|last)\\b"
              + "|\\bout (?:today|now|this morning|this week|last|yesterday)\\b"
              + "|\\bjust (?:released|reached|went)\\b"
              + "|\\breached\\b|\\bis (?:now )?available\\b|\\bhas landed\\b"
              + "|\\b(?:was|were|has been|have been) (?:already )?available\\b"
              + "|\\b(?:shipped|tagged|published|released|cut) (?:yesterday|today|this|last|on)\\b");

  private static final Pattern FUTURE =
      Pattern.compile(
          "(?i)\\b(?:will|going to|upcoming|coming|planned|plans?|planning|aiming|aim|expect"
              + "|expected|expecting|target(?:ed|ing)?|next|soon|later|hope|hoping|should be"
              + "|schedule[d]?|tomorrow|intend(?:ed)?|want to|would like|may|might|eventually"
              + "|roadmap|in the works|milestones?|expects)\\b");

  /** Not out yet, with no future word: "blocked on a flaky test", "so close to 1.65". */
  private static final Pattern IN_PROGRESS =
      Pattern.compile(
          "(?i)\\b(?:blocked|blockers?|not yet|yet to|pending|release status|status of"
              + "|in progress|preparing|close to)\\b");

  /**
   * Right before the number: the version is in use or the newest, so it is out. "ran with the new
   * Podman 4.4", "upgraded to v5.1", "the latest 2.3". {@code before} is the text before it.
   */
  private static final Pattern IN_USE_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:the|a)\\s+(?:new|newest|latest)\\s+(?:version\\s+|release\\s+)?"
              + "|\\b(?:upgraded|updated)\\s+to\\s+(?:the\\s+)?|\\bran\\s+(?:with\\s+)?(?:the\\s+)?)"
              + "[*_`]*v?$");

  /** Right after the number: "2.1.1 is the newest available", "v3.4 is the latest". */
  private static final Pattern NEWEST_AFTER =
      Pattern.compile("(?i)^[\\s*_`]*(?:is|was)\\s+(?:now\\s+)?(?:the\\s+)?(?:newest|latest)\\b");

  /**
   * A task: an open checkbox ("[ ] Publish the 3.1 beta"), an item that starts with the verb ("Tag
   * v9.1 on Friday"), "Ada to publish the 0.12 release notes".
   */
  private static final Pattern TO_DO =
      Pattern.compile(
          "(?i)\\[ \\]|^[\\s>*+\\-\\d.)]*(?:publish|release|tag|cut|ship|prepare|finali[sz]e"
              + "|announce)\\s+(?:the\\s+|a\\s+)?(?:\\p{L}+\\s+)?v?\\d"
              + "|\\bto (?:publish|release|tag|cut|announce|ship with)\\b");

  /** Right after the number, in the present: "v0.3 adds OCI artifact support" (it exists). */
  private static final Pattern PRESENT_CONTENTS =
      Pattern.compile(
          "(?i)^[\\s*_`]*(?:adds|brings|includes|introduces|ships with|contains|comes with|fixes)\\b");

  /** A condition: "if you upgrade to the new 9.0" says nothing of the version. */
  private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:if|unless|whether)\\b");

  /**
   * Right after a version: a future that says where it will be shipped, or what it will ship ("will
   * be in RHEL 8.3.1", "which will have Podman 3.0", "will not have").
   */
  private static final Pattern INCLUDED =
      Pattern.compile(
          "(?i)^[\\s*_`,]*(?:which\\s+|that\\s+)?(?:will|should|would)\\s+(?:not\\s+)?"
              + "(?:be\\s+(?:in|part of|available in|included in|shipped in|shipped with)\\s+\\p{Lu}"
              + "|have\\s|include\\s|ship\\s+with\\s)");

  /** Happened on the meeting's day: "out today", "just released", "is out". */
  private static final Pattern TODAY =
      Pattern.compile(
          "(?i)\\b(?:today|this morning|just|is (?:now )?out|are (?:now )?out|is (?:now )?available"
              + "|has been released|was released)\\b");

  private static final Pattern NOT_TODAY =
      Pattern.compile("(?i)\\b(?:ago|last|yesterday|tomorrow|later|will|next|soon|to be|week)\\b");

  private final String literal;

  ReleaseStatus(String literal) {
    this.literal = literal;
  }

  /** The {@code ng:releaseStatus} literal. */
  String literal() {
    return literal;
  }

  /**
   * The status a clause gives a version. {@code after} is the text right after the version ("RC2
   * out recently"), {@code candidate} whether the revision itself is a pre-release, {@code before}
   * the words before the version.
   */
  static ReleaseStatus of(String clause, String after, boolean candidate, String before) {
    if (candidate) return RC; // "v4.4.0-rc2", out or coming, is a release candidate
    if (IN_DEVELOPMENT.matcher(after).find()
        || onBranch(before)
        || Releases.PROPOSED_FOR.matcher(before).find()) {
      // "switched to v3.0 development", "main branch is now v5.0", "Stabilize X in 1.42": not out
      return PLANNED;
    }
    if (INCLUDED.matcher(after).lookingAt() && !HAPPENED.matcher(clause).find()) {
      // "Fedora 33 which will have Podman 3.0", "v4.4.0 should be in Fedora in a few days": the
      // future is the other project's, not this version's.
      return MENTIONED;
    }
    boolean rc = CANDIDATE.matcher(after).find();
    String c = clause.toLowerCase(Locale.ROOT);
    boolean future = FUTURE.matcher(c).find();
    boolean happened = HAPPENED.matcher(c).find();
    // "4.2 RC on the mailing list", "v9.2 RC is out": a candidate of 9.2 is, so 9.2 is still to
    // come.
    if (rc) return PLANNED;
    if (happened && !future) return RELEASED;
    if (future || TO_DO.matcher(clause).find() || IN_PROGRESS.matcher(c).find()) return PLANNED;
    if (PRESENT_CONTENTS.matcher(after).lookingAt()) return RELEASED;
    boolean inUse = IN_USE_BEFORE.matcher(before).find() || NEWEST_AFTER.matcher(after).lookingAt();
    if (inUse && !CONDITION.matcher(c).find()) return RELEASED;
    return MENTIONED;
  }

  /**
   * Whether the clause says the version (a release or a candidate) came out on the meeting's day:
   * "v9.1 is out", "v9.1-rc2 was released today"; not "came out a week ago", "will be out".
   */
  static boolean today(String clause) {
    return HAPPENED.matcher(clause).find()
        && TODAY.matcher(clause).find()
        && !NOT_TODAY.matcher(clause).find()
        && !FUTURE.matcher(clause).find();
  }

  /** "v2.2.1 (2025-05-14)", "1.4.0 - 2024-03-02": the day a changelog gives the version. */
  private static final Pattern DATED =
      Pattern.compile("^[\\]*_`]*\\s*(?:\\(\\s*|[-–—]\\s*)?(\\d{4}-\\d{2}-\\d{2})\\s*\\)?\\s*$");

  /**
   * Whether the rest of the version's line is only a date on or before the meeting's day (any day
   * when the meeting has none): a changelog entry for a version that came out.
   */
  static boolean datedBefore(String after, java.time.LocalDate meeting) {
    java.util.regex.Matcher m = DATED.matcher(after);
    if (!m.matches()) return false;
    try {
      java.time.LocalDate day = java.time.LocalDate.parse(m.group(1));
      return meeting == null || !day.isAfter(meeting);
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** The stronger of two statements of one note: released > rc > planned > mentioned. */
  static ReleaseStatus strongest(ReleaseStatus a, ReleaseStatus b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
