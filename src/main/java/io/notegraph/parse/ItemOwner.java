package io.notegraph.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who brought an agenda item, read from the words of its notes rather than from its heading: the
 * person a line says proposed or nominated it ("Team member @ana has proposed to merge this",
 * "nominated for stabilization by bo", "Proposed by Chidi Okafor", "Dana nominated it") or a person
 * whose line says they presented it ("Ana presented", "Bo demoed the new CLI", "Chidi walked us
 * through the plan", "Dana gave an update", "led by Eve"). Only those verbs count: a line that
 * merely mentions someone ("Ana thinks we should wait") names no owner. Stateless.
 */
final class ItemOwner {
  /** A name or a handle: "@ana", "nikomatsakis", "Ana", "Ana Ruiz", "Felix K". */
  private static final String NAME =
      // a dot only closes an initial ("Felix S."): "Ana Ruiz. Two boards ..." ends at the name
      "@?(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+(?:\\p{Lu}\\.(?!\\p{L})|\\p{Lu}[\\p{L}\\p{M}'’-]*+)){0,2}"
          + "|[\\p{L}][\\p{L}\\p{N}_.-]{1,38})";

  /** "@ana has proposed to merge this", "bo proposed to close": an FCP-style motion. */
  private static final Pattern HAS_PROPOSED =
      Pattern.compile(
          "(?:^|[\\s>*(])(?i:team\\s+member\\s+)?"
              + NAME
              + "\\s+(?i:(?:has\\s+)?proposed\\s+to\\s+(?:merge|close|postpone|accept|adopt))\\b");

  /** "proposed by Ana", "nominated for stabilization by bo", "presented by Ana", "led by @bo". */
  private static final Pattern BY =
      Pattern.compile(
          "\\b(?i:(?:proposed|nominated|raised|brought\\s+up|presented|demoed|led|introduced)"
              + "(?:\\s+(?:for|as)\\s+[\\w-]+)?\\s+by)\\s+"
              + NAME);

  /**
   * "Ana nominated it", "Bo presented", "Chidi demoed the new CLI", "Dana walked us through", "Eve
   * gave an update": the line's subject did the item. At the start of the line only, so that "we
   * asked Ana, who presented last week" is not read as Ana presenting this item.
   */
  private static final Pattern SUBJECT_DID =
      Pattern.compile(
          "^\\W*\\[?"
              + NAME
              + "\\]?(?:\\([^)]*\\))?\\s+(?i:nominated\\s+(?:it|this)|(?:presented|demoed|demonstrated)"
              + "\\b|walked\\s+(?:us\\s+|the\\s+group\\s+)?through\\b|gave\\s+(?:an?\\s+|the\\s+)?"
              + "(?:update|overview|demo|presentation|talk|status)\\b|led\\s+the\\s+discussion\\b)");

  /** Words that take a name's place in those sentences without being one. */
  private static final Set<String> NOT_OWNERS =
      Set.of(
          "we",
          "i",
          "you",
          "they",
          "he",
          "she",
          "it",
          "someone",
          "somebody",
          "everyone",
          "team",
          "the",
          "this",
          "that",
          "who",
          "which",
          "and",
          "also",
          "was",
          "is",
          "originally",
          "first",
          "member",
          "members",
          "group",
          "lang",
          "libs",
          "compiler",
          "issue",
          "pr",
          "rfc",
          "then");

  /** "nikomatsakis: It occurs to me ...", "Mark: Are the themes ...": a speaker's turn. */
  private static final Pattern TURN =
      Pattern.compile(
          "^\\W{0,3}@?(\\p{L}[\\p{L}\\p{N}_.-]{1,30}(?:\\s\\p{Lu}[\\p{L}.-]*)?)\\s*:\\s+\\S");

  /** Labels that open a line the way a speaker does without being one. */
  private static final Set<String> NOT_SPEAKERS =
      Set.of(
          "note",
          "notes",
          "summary",
          "update",
          "updates",
          "context",
          "decision",
          "decisions",
          "outcome",
          "conclusion",
          "result",
          "results",
          "background",
          "proposal",
          "question",
          "answer",
          "link",
          "links",
          "status",
          "tldr",
          "example",
          "edit",
          "pr",
          "issue",
          "rfc",
          "action",
          "todo",
          "ai",
          "q",
          "a",
          "re",
          "see",
          "also",
          "consensus",
          "agreed",
          "resolved",
          "motion",
          "vote",
          "moved",
          "seconded",
          "resolution",
          "problem",
          "solution",
          "goal",
          "goals",
          "idea",
          "ideas",
          "plan",
          "next",
          "today",
          "meeting",
          "date",
          "time",
          "when",
          "where",
          "agenda",
          "topic",
          "topics",
          "attendees",
          "present",
          "team",
          "others",
          "comment",
          "comments",
          "details",
          "motivation",
          "concern",
          "concerns",
          "pros",
          "cons",
          "option",
          "options",
          "important",
          "warning",
          "tracking",
          "initiating",
          "video",
          "recording",
          "chat",
          "transcript",
          "http",
          "https");

  /** Words a turn needs to be the one that opens an item, not a short remark ("Josh: +1"). */
  static final int OPENING_TURN_WORDS = 10;

  private ItemOwner() {}

  /** The speaker label a line opens with ("niko: ..."), as [begin, end); empty if none. */
  static Optional<int[]> speaker(String plain) {
    Matcher m = TURN.matcher(plain);
    if (!m.find()) return Optional.empty();
    String label = m.group(1);
    if (NOT_SPEAKERS.contains(label.toLowerCase(Locale.ROOT))) return Optional.empty();
    if (label.chars().anyMatch(Character::isDigit) && label.length() < 4) return Optional.empty();
    return Optional.of(new int[] {m.start(1), m.end(1)});
  }

  /** Whether the turn after the label is long enough to open an item. */
  static boolean isOpeningTurn(String plain, int labelEnd) {
    String rest = plain.substring(Math.min(plain.length(), labelEnd + 1)).strip();
    return rest.split("\\s+").length >= OPENING_TURN_WORDS;
  }

  /** The span of the owner a line names, as [begin, end) into {@code plain}; empty if none. */
  static Optional<int[]> find(String plain) {
    for (Pattern p : new Pattern[] {HAS_PROPOSED, BY, SUBJECT_DID}) {
      Matcher m = p.matcher(plain);
      while (m.find()) {
        String who = m.group(1);
        if (isName(who)) return Optional.of(new int[] {m.start(1), m.end(1)});
      }
    }
    return Optional.empty();
  }

  private static boolean isName(String who) {
    String first = who.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return !NOT_OWNERS.contains(first) && !who.chars().allMatch(Character::isDigit);
  }
}
