package io.notegraph.parse;

import io.notegraph.parse.LogLines.Line;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat copied from Discord (and other clients that head a message with its sender and a dated
 * time): "Ana Ruiz — 05/06/2025 6:01 PM", "Ana Ruiz — Today at 6:01 PM", "bo.lind — 2025-05-06
 * 18:01", then the message lines up to the next header. The dash or the date is what tells such a
 * header from a line that merely ends in a time ({@link TimedChatReader} reads those). Stateless.
 */
final class DatedChatReader {
  private static final Pattern HEADER =
      Pattern.compile(
          "^(\\S.{0,79}?)\\s+(?:[—–]|-{1,2})\\s+(?:(?:\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}"
              + "|(?i:today|yesterday))(?:\\s+at)?\\s+)?(\\d{1,2}:\\d{2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?)"
              + "\\s*$");

  private DatedChatReader() {}

  /** The chat in {@code lines}, or null when most of it is not headed so. */
  static LogBlock read(List<Line> lines, String document) {
    List<LogTurn> turns = new ArrayList<>();
    LogTurn current = null;
    int stray = 0;
    for (Line line : lines) {
      LogTurn header = header(line, document);
      if (header != null) {
        turns.add(current = header);
      } else if (current != null) {
        current.add(line);
      } else if (!line.isBlank()) {
        stray++;
      }
    }
    if (turns.size() < 2 || stray > 2) return null;
    return LogBlock.of(turns, false, List.of());
  }

  private static LogTurn header(Line line, String document) {
    String text = line.text().stripTrailing();
    if (text.isBlank() || text.length() > SpeakerLabel.MAX_LENGTH + 40) return null;
    Matcher m = HEADER.matcher(text);
    if (!m.matches()) return null;
    LocalTime time = ClockTimes.parseTimeOfDay(m.group(2));
    if (time == null) return null;
    NameRef name =
        SpeakerLabel.parse(
            document, line.begin() + m.start(1), line.begin() + m.end(1), line.number(), false);
    if (name == null) return null;
    return new LogTurn(name, time, null, line.number(), line.begin(), line.contentEnd());
  }
}
