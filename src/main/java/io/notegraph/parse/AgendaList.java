package io.notegraph.parse;

import java.util.regex.Pattern;

/**
 * The words that make a list the meeting's agenda rather than a list of anything else: a caption
 * ("Agenda:", "**Topics**", "Discussion", "Meeting summary", "Items") or a repository-name heading
 * ("### org/repo") directly above it, and the housekeeping items ("Roll call", "Approval of the
 * minutes") that are on the agenda but are no talk. Whether the list is the minutes (nothing but
 * housekeeping headings follow, so its items are the talks) or a preview of headed sections is
 * decided by {@link NoteAssembler}, which can look ahead.
 */
final class AgendaList {
  /** A caption whose list, when no topic heading follows, holds the talks. */
  static final Pattern CAPTION =
      Pattern.compile(
          "(?i)^\\W*(?:(?:today'?s\\s+|meeting\\s+|planned\\s+)?(?:agenda|topics)(?:\\s+items)?"
              // "Agenda for Saturday's call", "Topics for today"
              + "(?:\\s+for\\s+(?:the\\s+|this\\s+|today'?s\\s+|\\p{Lu}\\p{L}+'s\\s+)?(?:call|meeting|today|week))?"
              + "|(?:discussion|agenda)(?:\\s+(?:items|topics|points))?|items|(?:meeting|minutes)\\s+summary"
              + "|(?:today'?s\\s+|lightning\\s+)?(?:demos|talks|presentations))\\W*$");

  /**
   * "kestreljs/kestrel", "org/repo": a heading grouping the issue-linked items of one repository.
   */
  static final Pattern REPO_GROUP =
      Pattern.compile("^\\W*[A-Za-z0-9][\\w.-]{0,38}/[A-Za-z0-9][\\w.-]{0,99}\\W*$");

  /** Headings that may follow the minutes without being a topic of them. */
  private static final Pattern ASIDE =
      Pattern.compile(
          "(?i)^\\W*(?:(?:full\\s+|raw\\s+|irc\\s+|meeting\\s+|chat\\s+)?logs?|people\\s+present.*"
              + "|attendees.*|attendance|present|participants|(?:other\\s+)?links|resources"
              + "|references|recording|(?:upcoming|next|future)\\s+meetings?.*"
              + "|(?:action\\s+items?|next\\s+steps|to-?\\s?dos?|follow[-\\s]?ups?|AIs)(?:[\\s,:(].*)?"
              + "|(?:votes?|decisions?|resolutions?|agreed|useful\\s+links?)|announcements?)\\W*$");

  /** Items every agenda carries that nobody presents: no talk. */
  private static final Pattern HOUSEKEEPING =
      Pattern.compile(
          "(?i)^\\W*(?:roll\\s*call|introductions?|welcome(?:\\s+and\\s+introductions?)?"
              + "|(?:review|approv(?:e|al))\\s+(?:of\\s+)?(?:the\\s+)?(?:previous\\s+|last\\s+)?"
              + "(?:minutes|agenda|action\\s+items)|agenda\\s+(?:review|bashing)|aob"
              + "|any\\s+other\\s+business|adjourn(?:ment)?|(?:start|end)\\s+of\\s+meeting"
              + "|next\\s+meeting.*)\\W*$");

  private AgendaList() {}

  /**
   * "Hi all, triage is starting. Agenda:": a message or paragraph whose last sentence announces the
   * list below as the agenda.
   */
  private static final Pattern CLOSING_CAPTION =
      Pattern.compile(
          "(?i)(?:[.!?:]\\s+|\\n\\s*)(?:the\\s+|today'?s\\s+|our\\s+)?agenda\\s*:\\s*$");

  static boolean closesWithCaption(String p) {
    return p.length() < 300 && CLOSING_CAPTION.matcher(p).find();
  }

  /** "(times are positions in the recording)": a remark closing a caption. */
  private static final Pattern REMARK = Pattern.compile("\\s*\\([^()]{1,80}\\)\\W*$");

  static boolean isCaption(String p) {
    return CAPTION.matcher(p).matches()
        || CAPTION.matcher(REMARK.matcher(p).replaceFirst("")).matches();
  }

  static boolean isRepoGroup(String p) {
    return REPO_GROUP.matcher(p).matches();
  }

  /** A heading after the list that is housekeeping, not a topic: the list is still the minutes. */
  static boolean isAside(String p) {
    return ASIDE.matcher(p).matches()
        || HeadingRole.BOILERPLATE_WORDS.matcher(p).matches()
        || Roles.NEXT_MEETING.matcher(p).find()
        || Roles.LOG_CAPTION.matcher(p).find()
        || Roles.ACTION_HEADING.matcher(p).matches();
  }

  /**
   * "Notes", "Minutes", "Notes from meeting": the minutes follow, so a list above previews them.
   */
  private static final Pattern NOTES =
      Pattern.compile("(?i)^\\W*(?:meeting\\s+)?(?:notes|minutes|discussion\\s+notes)\\b.*");

  static boolean isNotesHeading(String p) {
    return NOTES.matcher(p).matches();
  }

  static boolean isHousekeeping(String title) {
    return HOUSEKEEPING.matcher(title).matches();
  }
}
