package io.notegraph.parse;

import java.util.regex.Pattern;

/**
 * What a content heading is in the meeting's agenda, decided by signals rather than by a note's
 * layout: every heading level and order carries the same rows. Read top to bottom, the first row
 * that holds decides:
 *
 * <table>
 *   <caption>heading roles</caption>
 *   <tr><th>role</th><th>signal</th><th>what the parser does</th></tr>
 *   <tr><td>{@link #ITEM}</td><td>the heading names a presenter, an offset into the recording or
 *       an issue / RFC / PR, or a "Link:" / "Presenter:" line stands under it</td>
 *       <td>opens an agenda section (a talk)</td></tr>
 *   <tr><td>{@link #BOILERPLATE}</td><td>its words are the notes' own housekeeping: meeting
 *       roles, attendance, scheduled or upcoming meetings, action item review, links,
 *       "Notes", "Minutes", housekeeping, a before-meeting checklist, announcements</td>
 *       <td>no section: its text stays text of the meeting</td></tr>
 *   <tr><td>{@link #GROUP}</td><td>deeper headings below it are items (proposals, FCPs,
 *       nominated issues, triage, shepherded items)</td>
 *       <td>no section: each item below opens its own</td></tr>
 *   <tr><td>{@link #GROUP}</td><td>discussion / questions words with deeper headings below (the
 *       questions of a design meeting)</td><td>no section: each question below opens its
 *       own</td></tr>
 *   <tr><td>{@link #ITEM}</td><td>anything else with a title</td>
 *       <td>opens an agenda section</td></tr>
 * </table>
 *
 * <p>Stateless; the evidence itself is gathered by {@link NoteAssembler}, which reports each row it
 * acted on as a {@link LayoutSignal}.
 */
enum HeadingRole {
  ITEM,
  BOILERPLATE,
  GROUP;

  /**
   * Headings that organise the notes rather than name a topic. "Announcements" counts unless the
   * heading itself names a presenter (checked first, by the ITEM row).
   */
  static final Pattern BOILERPLATE_WORDS =
      Pattern.compile(
          "(?i)^\\W*(?:(?:meeting\\s+)?roles|attendance|(?:scheduled|upcoming|proposed|future)"
              + "(?:\\s+design)?\\s+meetings?(?:\\s+proposals)?|before\\s+(?:the\\s+)?meeting"
              + "(?:\\s+checklist)?|(?:action\\s+items?|ai)\\s+review|review\\s+(?:of\\s+)?"
              + "(?:the\\s+)?(?:outstanding\\s+|open\\s+|previous\\s+)?action\\s+items"
              // the steps of formal minutes: "Call to order", "Minutes from previous meetings"
              + "|call\\s+to\\s+order|adjourn(?:ment|ed)?|(?:approval\\s+of\\s+|review\\s+of\\s+)?"
              + "(?:the\\s+)?(?:minutes|agenda)(?:\\s+(?:from|of)\\s+(?:the\\s+)?(?:previous|last|prior)"
              + "\\s+meetings?)?|(?:unfinished|old)\\s+business|links|references|related(?:\\s+(?:pages|links|notes|docs))?"
              + "|see\\s+also|overview|housekeeping|logistics|administrivia|mentions"
              // a meeting issue's template: "Date/Time", "Invited", "Observers/Guests", "Joining"
              + "|date\\s*/\\s*time|time(?:\\s+and\\s+date)?|invited|invitees|observers?(?:\\s*/\\s*guests?)?"
              + "|(?:joining|how\\s+to\\s+join)(?:\\s+the\\s+(?:meeting|call))?"
              // deferred items nobody took up: "Parking lot", "Parking lot / next week"
              + "|parking\\s+lot(?:\\s*(?:/|-|–|—|,|:|for|and)\\s*(?:the\\s+)?next\\s+(?:week|time|meeting))?"
              // a meeting assistant's caption: "Meeting summary for Lantern Call (06/12/2031)"
              + "|(?:ai\\s+)?meeting\\s+summary(?:\\s+(?:for|of)\\s.*)?|quick\\s+recap"
              + "|(?:meeting\\s+)?(?:notes|minutes)(?:\\s+(?:from|of)\\s+(?:the\\s+)?meeting)?"
              + "(?:\\s*\\([^)]*\\))?|notes\\s+and\\s+minutes|announcements?"
              + "(?:\\s+(?:and|or|&)\\s+(?:other\\s+updates|custom\\s+items|news))?|news"
              + "|action\\s+items?(?:,?\\s+by\\s+(?:person|owner|assignee))?|actions|next\\s+steps|follow[-\\s]?ups?|AIs"
              + "|"
              + Roles.TO_DO_CAPTION
              + "|apolog(?:y|ies)|regrets|absent(?:ees)?|not\\s+present|excused)\\W*$");

  /**
   * Headings whose items are the agenda: proposals, FCPs, nominated issues, shepherded items,
   * initiatives under review. The heading itself is not a talk.
   */
  static final Pattern GROUP_WORDS =
      Pattern.compile(
          "(?i)^\\W*(?:shepherded\\s+items?(?:\\s+updates)?|shepherding\\s+proposals|active\\s+"
              + "initiatives|pending(?:\\s+lang)?(?:\\s+team)?(?:\\s+project)?\\s+proposals|"
              + "(?:proposed|active)\\s+fcps|nominated\\b.*|triage|p-(?:critical|high)\\s+issues.*"
              + "|rfcs\\s+waiting.*|prs\\s+on\\b.*|updates\\s+from\\s+active\\s+.*|project\\s+board"
              + "(?:\\s+review)?|agenda\\s+items|discussion\\s+items)\\W*$");

  /**
   * "Meeting discussion notes", "Discussion", "Questions": over deeper headings, each heading below
   * is one question someone raised (a design meeting's discussion), not a part of this one.
   */
  static final Pattern DISCUSSION_WORDS =
      Pattern.compile(
          "(?i)^\\W*(?:(?:meeting\\s+)?discussion(?:\\s+(?:notes|questions|topics))?"
              + "|questions(?:\\s+(?:and|&)\\s+(?:answers|discussion))?|open\\s+questions)\\W*$");

  /**
   * "Updates", "Initiative updates", "Status updates", "Group updates": over two or more deeper
   * headings, each heading below is the update of one initiative, group or project. In any
   * community's minutes a plural "updates" caption collects several reports, so the caption is no
   * talk and each report is one. Over a plain list it stays one section (the list is a discussion
   * of the updates themselves, not one report per item).
   */
  static final Pattern UPDATES_WORDS =
      Pattern.compile(
          "(?i)^\\W*(?:(?:initiative|group|team|status|project|working\\s+group)s?\\s+)?updates"
              + "\\W*$");

  /** "lang-team#96", "rust#71126", "#68004", "RFC 2229", "RFC #2580" in a heading. */
  static final Pattern ISSUE_REFERENCE =
      Pattern.compile("(?i)(?:\\b[\\w.-]+)?#\\d+\\b|\\bRFC\\s*#?\\d+\\b");

  /** A link to an issue, pull request or RFC ("github.com/o/r/issues/1", ".../rfcs/pull/3"). */
  static final Pattern ISSUE_URL =
      Pattern.compile("(?i)/(?:issues|pull|pulls|merge_requests)/\\d+|/rfcs/|/text/\\d+");

  /** "Link: https://..." right under a heading: the item it is about. */
  static final Pattern LINK_LINE = Pattern.compile("(?i)^\\W*(?:link|issue|pr|rfc)s?\\s*:");
}
