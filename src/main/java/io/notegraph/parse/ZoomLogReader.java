package io.notegraph.parse;

import io.notegraph.parse.LogLines.Line;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zoom's plain-text saves: the transcript ("[Tom Sweeney] 10:02:15" then the words, on the same
 * line or the lines after; {@code at} is that stamp, which Zoom counts from the recording's start)
 * and the chat ("10:02:15 From Tom Sweeney to Everyone: message", older saves "From Tom Sweeney :
 * message"; the time is a time of day).
 */
final class ZoomLogReader {
  private static final Pattern TRANSCRIPT =
      Pattern.compile("\\[([^\\]]{1,80})\\][ \\t]+(\\d{1,2}:\\d{2}(?::\\d{2})?)(?:[ \\t]+|$)");
  private static final Pattern CHAT =
      Pattern.compile(
          "(\\d{1,2}:\\d{2}(?::\\d{2})?)[ \\t]+From[ \\t]+(.{1,80}?)(?:[ \\t]+to[ \\t]+(.{1,80}?))?"
              + "[ \\t]*:(?:[ \\t]+|$)");

  private ZoomLogReader() {}

  /** The log in {@code lines}, or null when they are neither Zoom format. */
  static LogBlock read(List<Line> lines, String document) {
    LogBlock transcript = read(lines, document, true);
    return transcript != null ? transcript : read(lines, document, false);
  }

  private static LogBlock read(List<Line> lines, String document, boolean transcript) {
    List<LogTurn> turns = new ArrayList<>();
    int preamble = 0;
    LogTurn current = null;
    for (Line line : lines) {
      LogTurn header = transcript ? transcriptHeader(line, document) : chatHeader(line, document);
      if (header != null) {
        turns.add(current = header);
      } else if (current != null) {
        current.add(line);
      } else if (!line.isBlank()) {
        preamble++;
      }
    }
    if (turns.isEmpty() || preamble > 3 || preamble * 2 >= LogLines.nonBlankCount(lines)) {
      return null;
    }
    return LogBlock.of(turns, transcript, List.of());
  }

  private static LogTurn transcriptHeader(Line line, String document) {
    Matcher m = TRANSCRIPT.matcher(line.text());
    if (!m.lookingAt()) return null;
    var at = ClockTimes.parseOffset(m.group(2));
    if (at == null) return null;
    int b = line.begin();
    NameRef name = SpeakerLabel.parse(document, b + m.start(1), b + m.end(1), line.number(), false);
    if (name == null) return null;
    return withRest(new LogTurn(name, null, at, line.number(), b, b + m.end(2)), line, m, document);
  }

  private static LogTurn chatHeader(Line line, String document) {
    Matcher m = CHAT.matcher(line.text());
    if (!m.lookingAt()) return null;
    LocalTime time = ClockTimes.parseTimeOfDay(m.group(1));
    if (time == null) return null;
    int b = line.begin();
    NameRef name = SpeakerLabel.parse(document, b + m.start(2), b + m.end(2), line.number(), false);
    if (name == null) return null;
    return withRest(
        new LogTurn(name, time, null, line.number(), b, b + m.end()), line, m, document);
  }

  /** Adds what follows the header on its own line, if anything, as the first piece of text. */
  private static LogTurn withRest(LogTurn turn, Line line, Matcher m, String document) {
    int from = line.begin() + m.end();
    if (from < line.end() && !document.substring(from, line.end()).isBlank()) {
      turn.add(new Line(line.number(), from, line.end(), document.substring(from, line.end())));
    }
    return turn;
  }
}
