package io.notegraph.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an IRC meetbot summary (MeetBot, as OpenStack, Fedora and Debian publish it) that
 * are not plain Markdown agenda: the "People present (lines said)" list of {@code nick (N)} items,
 * each a person known by nick. The numbered "Title (nick, 15:04)" items are agenda items ({@link
 * ItemPresenter}); "Meeting started by nick" is a start line ({@link Roles#START}).
 */
final class MeetbotSummary {
  /** "People present (lines said)", "Participants (lines said)": the heading of the nick list. */
  static final Pattern PEOPLE_PRESENT =
      Pattern.compile(
          "(?i)^\\W*(?:people\\s+present|participants|attendees)\\s*\\(lines\\s+said\\)\\W*$");

  /** "rtanaka (41)", "* jdoe_ (3)": a nick and the lines they said. */
  private static final Pattern NICK_LINE =
      Pattern.compile(
          "^\\W*?([A-Za-z\\[\\]_`|^{}][A-Za-z0-9\\[\\]_`|^{}.-]{0,30})\\s*\\(\\d+\\)\\s*$");

  /** "Log", "Full log", "IRC log": the heading over the pasted meeting log. */
  static final Pattern LOG_HEADING =
      Pattern.compile("(?i)^\\W*(?:full\\s+|raw\\s+|irc\\s+|meeting\\s+)?logs?\\W*$");

  private MeetbotSummary() {}

  static boolean isLogHeading(String p) {
    return LOG_HEADING.matcher(p).matches();
  }

  static boolean isPeopleHeading(String p) {
    return PEOPLE_PRESENT.matcher(p).matches();
  }

  /** "zodbot", "opendevmeet", "meetbot": the meeting bot itself, which the list counts too. */
  private static final Pattern BOT = Pattern.compile("(?i).*(?:bot|meet|meeting)_?");

  /** Whether {@code nick} is a meeting bot's, not a person's. */
  static boolean isBot(String nick) {
    return BOT.matcher(nick).matches();
  }

  /**
   * "Tomás Echeverría (12)", "Lena (she/her) (6)": a Matrix meetbot lists people by their display
   * names, pronouns and all; the name is the person's (the pronouns are not part of it).
   */
  private static final Pattern DISPLAY_NAME_LINE =
      Pattern.compile(
          "(?U)^\\W*?(\\p{L}[\\p{L}'’.-]*(?:\\s+\\p{L}[\\p{L}'’.-]*){0,3})"
              + "(?:\\s*\\(\\s*\\p{L}+\\s*/\\s*\\p{L}+\\s*\\))?\\s*\\(\\d+\\)\\s*$");

  /** The person of one "nick (N)" or "Display Name (N)" item, or empty when the item is not one. */
  static List<NameRef> person(InlineText it, int line) {
    String p = it.plain();
    Matcher m = NICK_LINE.matcher(p);
    if (m.matches()) {
      String nick = m.group(1);
      return List.of(new NameRef(nick, nick, null, it.range(m.start(1), m.end(1), line)));
    }
    Matcher d = DISPLAY_NAME_LINE.matcher(p);
    if (!d.matches()) return List.of();
    return List.of(new NameRef(d.group(1), null, null, it.range(d.start(1), d.end(1), line)));
  }
}
