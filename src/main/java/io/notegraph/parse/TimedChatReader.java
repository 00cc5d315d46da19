package io.notegraph.parse;

import io.notegraph.diag.FileDiagnostics;
import io.notegraph.parse.LogLines.Line;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BlueJeans and Google Meet chat copied from the browser: a header naming the sender and the time
 * of day, then the message lines up to the next header. The header is either one line ("Matt
 * Heon11:23 AM", the name glued to the time; "Tom Sweeney 10:58"; "Me:7:57 PM") or two (the name on
 * one line, "10:24 AM" alone on the next).
 */
final class TimedChatReader {
  /**
   * Name, then the time at the end of the line. The name is matched lazily so that a glued
   * two-digit hour wins ("Guest 511:14 AM" is "Guest 5" at 11:14); {@link #header} moves one digit
   * back when that hour is impossible ("user21:05 PM").
   */
  private static final Pattern ONE_LINE =
      Pattern.compile(
          "(.*?)[ \\t]*:?[ \\t]*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\h*([AaPp])\\.?[Mm]\\.?)?");

  /** BlueJeans interface labels that get copied along with the chat. */
  private static final Set<String> INTERFACE_LINES =
      Set.of("SETTINGS", "EVERYONE", "DIRECT MESSAGES", "EVERYONEDIRECT MESSAGES", "CHAT");

  private TimedChatReader() {}

  /** The chat in {@code lines}, or null when they are not such a chat. */
  static LogBlock read(List<Line> lines, String document, FileDiagnostics diagnostics) {
    List<LogTurn> turns = new ArrayList<>();
    List<Line> preamble = new ArrayList<>();
    LogTurn current = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      LogTurn header = header(line, document);
      if (header == null && i + 1 < lines.size()) {
        header = twoLineHeader(line, lines.get(i + 1), document);
      }
      if (header != null) {
        turns.add(current = header);
        if (header.headerEnd() > line.end()) i++;
      } else if (current != null) {
        current.add(line);
      } else if (!line.isBlank() && !INTERFACE_LINES.contains(line.trimmed())) {
        preamble.add(line);
      }
    }
    int nonBlank = LogLines.nonBlankCount(lines);
    if (turns.isEmpty() || preamble.size() > 3 || preamble.size() * 2 >= nonBlank) return null;
    if (!preamble.isEmpty()) {
      diagnostics.warn(
          preamble.get(0).number(),
          "chat log starts with " + preamble.size() + " line(s) before the first sender; ignored");
    }
    return LogBlock.of(turns, false, List.of());
  }

  /** "Name10:56 AM" on one line, or null. */
  static LogTurn header(Line line, String document) {
    String text = line.text().stripTrailing();
    if (text.length() > SpeakerLabel.MAX_LENGTH + 12 || !mayEndInTime(text)) return null;
    Matcher m = ONE_LINE.matcher(text);
    if (!m.matches() || m.group(1).isBlank()) return null;
    int nameEnd = m.end(1);
    String hour = m.group(2);
    LocalTime time = ClockTimes.timeOfDay(hour, m.group(3), m.group(4), m.group(5));
    if (time == null && hour.length() == 2 && nameEnd == m.start(2)) {
      // The hour's first digit belongs to the name ("user21:05 PM" is "user2" at 1:05 PM).
      nameEnd++;
      time = ClockTimes.timeOfDay(hour.substring(1), m.group(3), m.group(4), m.group(5));
    }
    if (time == null) return null;
    int nameStop = line.begin() + nameEnd;
    if (nameEnd > 0 && text.charAt(nameEnd - 1) == ':') nameStop--;
    NameRef name = SpeakerLabel.parse(document, line.begin(), nameStop, line.number(), false);
    if (name == null) return null;
    return new LogTurn(name, time, null, line.number(), line.begin(), line.contentEnd());
  }

  /**
   * Cheap necessary conditions for {@link #ONE_LINE}: the line ends in a digit, 'm' or '.' and has
   * a ':' before two digits. The lazy pattern backtracks over every split of the line; most message
   * lines fail here without it.
   */
  private static boolean mayEndInTime(String text) {
    if (text.isEmpty()) return false;
    char last = text.charAt(text.length() - 1);
    if (!(last >= '0' && last <= '9') && last != 'm' && last != 'M' && last != '.') return false;
    int colon = text.indexOf(':', 1);
    while (colon >= 0 && colon + 2 < text.length()) {
      if (isDigit(text.charAt(colon - 1))
          && isDigit(text.charAt(colon + 1))
          && isDigit(text.charAt(colon + 2))) {
        return true;
      }
      colon = text.indexOf(':', colon + 1);
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A name alone on {@code line} and a time alone on {@code next}, or null. */
  private static LogTurn twoLineHeader(Line line, Line next, String document) {
    if (line.isBlank()) return null;
    LocalTime time = ClockTimes.parseTimeOfDay(next.text());
    if (time == null) return null;
    NameRef name = SpeakerLabel.parse(document, line.begin(), line.end(), line.number(), false);
    if (name == null) return null;
    return new LogTurn(name, time, null, line.number(), line.begin(), next.contentEnd());
  }
}
