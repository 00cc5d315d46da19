package io.notegraph.parse;

import java.util.regex.Pattern;

/**
 * What a heading or short paragraph is for, by its words: the structural lines every note has
 * (attendees, start, end, recording, next meeting, topics for next time, chat/transcript captions).
 * Anything else is content. Patterns are deliberately loose: notes vary in case, punctuation and
 * order. Stateless.
 */
final class Roles {
  static final Pattern ATTENDEES =
      Pattern.compile(
          "(?i)^\\W*(?:attendees|attendance|attending|participants|present|people\\s+in\\s+attendance"
              + "|in\\s+attendance|on\\s+the\\s+call|roll\\s*call|sign-?in(?:\\s+sheet)?)\\b"
              // "In voice today:", "Here today:", "In the room:", "Who's here:"
              + "|(?i)^\\W*(?:in\\s+voice|here|in\\s+the\\s+(?:room|call)|who'?s\\s+here)"
              + "(?:\\s+today)?\\s*:"
              // "Directors present:", "TSC members present:"
              + "|(?i)^\\W*(?:[\\p{L}-]+\\s+){1,3}present\\s*:");

  /** "Regrets:", "Apologies", "Absent:": who sent word they could not come. */
  static final Pattern ABSENTEES =
      Pattern.compile(
          "(?i)^\\W*(?:regrets|apolog(?:y|ies)|absent(?:ees)?|not\\s+present|excused)\\W*"
              + "(?:\\(\\d+\\)\\W*)?(?::|$)"
              // "Directors absent:", "TSC regrets:"
              + "|(?i)^\\W*(?:[\\p{L}-]+\\s+){1,3}(?:absent|regrets|apologies)\\s*:");

  // The header of a table's column says what its cells are.
  static final Pattern COLUMN_PERSON =
      Pattern.compile(
          "(?i)(?:full\\s+)?(?:name|attendees?|participants?|who|person|people|members?)");
  static final Pattern COLUMN_ORGANIZATION =
      Pattern.compile(
          "(?i)(?:organi[sz]ations?|company|companies|affiliations?|employer|org|representing"
              + "|member\\s+company)");
  static final Pattern COLUMN_HANDLE =
      Pattern.compile(
          "(?i)(?:github|gitlab|handle|user\\s*name|user|nick|github\\s+(?:handle|id))");
  static final Pattern COLUMN_TOPIC =
      Pattern.compile(
          "(?i)(?:topics?|items?|agenda(?:\\s+items?)?|titles?|subjects?|discussion(?:\\s+items?)?)");
  static final Pattern COLUMN_OWNER =
      Pattern.compile(
          "(?i)(?:owners?|presenters?|speakers?|who|leads?|presented\\s+by|proposed\\s+by"
              + "|requested\\s+by|requesters?|drivers?|facilitators?|names?|by)");
  static final Pattern COLUMN_OFFSET =
      Pattern.compile(
          "(?i)(?:offset|timestamp|time\\s+in\\s+(?:the\\s+)?(?:video|recording|stream)|recording|video"
              + "|(?:stream|video|recording)\\s+(?:time|position|offset))");
  static final Pattern START =
      Pattern.compile(
          "(?i)^\\W*(?:the\\s+)?meeting\\s+(?:start(?:ed|s)?|began|begins|opened)\\b\\s*(?:at)?\\s*:?");
  static final Pattern END =
      Pattern.compile(
          "(?i)^\\W*(?:the\\s+)?meeting\\s+(?:end(?:ed|s)?|finish(?:ed)?|closed|adjourned|over)\\b(?!\\s+after)\\s*(?:at)?\\s*:?");
  static final Pattern NEXT_MEETING =
      Pattern.compile("(?i)^\\W*next\\b[\\w\\s]{0,30}?\\bmeeting\\b");
  static final Pattern NEXT_TOPICS =
      Pattern.compile(
          "(?i)^\\W*(?:(?:possible|proposed|future|suggested)\\s+topics|topics?\\s+for\\s+(?:the\\s+)?next|next\\s+meeting\\s+topics)");
  static final Pattern LOG_CAPTION =
      Pattern.compile(
          "(?i)\\bchat\\b|transcri(?:pt|ption)|\\b(?:closed\\s+)?captions\\b|\\bsubtitles\\b");
  static final Pattern TRANSCRIPT_CAPTION =
      Pattern.compile("(?i)transcri(?:pt|ption)|\\b(?:closed\\s+)?captions\\b|\\bsubtitles\\b");
  static final Pattern LOG_SOURCE =
      Pattern.compile("(?i)\\b(?:raw|bluejeans|zoom|meet|slack|irc|matrix|discord|webex|teams)\\b");
  static final Pattern RECORDING = Pattern.compile("(?i)\\brecording\\b|\\bvideo\\s*:");
  static final Pattern NOTES_CAPTION =
      Pattern.compile("(?i)^\\W*(?:meeting\\s+)?(?:notes|minutes)\\W*$");
  static final Pattern AGENDA_WORDS = Pattern.compile("(?i)\\b(?:topics|agenda)\\b");
  static final Pattern DEMO = Pattern.compile("(?i)^\\W*(?:live\\s+)?demo(?:s|nstration)?\\b");
  static final Pattern NOTHING =
      Pattern.compile(
          "(?i)^\\W*(?:none(?:\\s+(?:discussed|suggested|this\\s+(?:week|time)))?|n/?a|tbd"
              + "|nothing(?:\\s+(?:new|this\\s+week))?|no\\s+(?:updates?|topics|items|news)|-+)\\W*$");

  /** "To do", "To-dos", "To do after the call": a caption of tasks (shared with HeadingRole). */
  static final String TO_DO_CAPTION =
      "to-?\\s?dos?(?:\\s+(?:after|from|for)\\s+(?:the\\s+|this\\s+)?(?:call|meeting|week))?";

  /**
   * "Action items", "Action item", "Next steps", "To do", "Follow-ups": a list of tasks follows.
   */
  static final Pattern ACTION_HEADING =
      Pattern.compile(
          "(?i)^\\W*(?:action\\s+items?|actions|(?:suggested\\s+)?next\\s+steps"
              + "|"
              + TO_DO_CAPTION
              + "|follow[-\\s]?ups?(?:\\s+(?:tasks|items|actions))?|AIs)\\W*$");

  static final Pattern DATE_FIELD = Pattern.compile("(?i)^\\W*(?:date|when|meeting date)\\s*:");
  static final Pattern PRESENTER_FIELD =
      Pattern.compile(
          "(?i)^\\W*(?:(?:presenters?|speakers?|presented\\s+by|led\\s+by|hosts?|facilitators?)"
              + "\\s*:?|(?:leads?|owners?|champions?|drivers?|demo(?:ed)?\\s+by)\\s*:)\\s*");

  /** A presenter line that can only be one (a colon or "by"): "Lead: Ana", "Presented by Bo". */
  static final Pattern PRESENTER_LINE =
      Pattern.compile(
          "(?i)^\\W*(?:(?:presenters?|speakers?|leads?|owners?|champions?|drivers?|hosts?"
              + "|facilitators?)\\s*:|(?:presented|led|demoed|demo)\\s+by\\b)");

  static final Pattern AGENDA_HEADING =
      Pattern.compile(
          "(?i)^\\W*(?:agenda|topics|planned\\s+topics|today'?s\\s+topics)"
              // "Agenda for Saturday's call", "Topics for this week"
              + "(?:\\s+for\\s+(?:the\\s+|this\\s+|today'?s\\s+|\\p{Lu}\\p{L}+'s\\s+)?"
              + "(?:call|meeting|today|week))?\\W*$");

  private Roles() {}

  /** "Topics" or "Agenda" is all that is left once the date and times are taken out. */
  static boolean isAgendaCaption(String rest) {
    return AGENDA_WORDS.matcher(rest).find();
  }
}
