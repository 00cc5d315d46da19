package io.notegraph.parse;

import io.notegraph.diag.FileDiagnostics;
import io.notegraph.parse.LogLines.Line;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs whose every turn starts "Speaker Name: text": Google Meet transcripts (with their
 * "Attendees"/"Transcript" header, "00:05:00" markers and "Meeting ended after" footer), Google
 * Meet chat saved with "00:00:39.516,00:00:42.516" timings, and plain "Name: message" chat. Lines
 * without a label continue the turn before them.
 *
 * <p>A transcript it is when the block carries a transcript's marks or the heading says so;
 * otherwise a chat.
 */
final class LabelledLogReader {
  private static final Pattern TIMING = Pattern.compile("(\\S+)\\s*,\\s*(\\S+)");
  private static final Pattern TITLE = Pattern.compile(".*\\s-\\s+Transcript");
  private static final String ENDED = "Meeting ended after";

  private LabelledLogReader() {}

  /** The log in {@code lines}, or null when they are not such a log. */
  static LogBlock read(
      List<Line> lines, String document, String headingContext, FileDiagnostics diagnostics) {
    int indent = Integer.MAX_VALUE;
    for (Line l : lines) if (!l.isBlank()) indent = Math.min(indent, l.indent());
    List<LogTurn> turns = new ArrayList<>();
    List<NameRef> attendees = new ArrayList<>();
    boolean transcriptMarks = false;
    boolean expectAttendees = false;
    boolean expectDisclaimer = false;
    int marks = 0;
    int nonBlank = 0;
    int unlabelledBeforeFirst = 0;
    Duration at = null;
    LogTurn current = null;
    for (Line line : lines) {
      if (line.isBlank()) {
        if (current != null) current.add(line);
        continue;
      }
      nonBlank++;
      String text = line.trimmed();
      Duration offset = ClockTimes.parseOffset(text);
      if (text.startsWith(ENDED)) {
        transcriptMarks = true;
        marks++;
        break;
      } else if (expectAttendees) {
        attendees.addAll(attendees(line, document));
        expectAttendees = false;
        marks++;
      } else if (text.equals("Attendees") && turns.isEmpty()) {
        expectAttendees = true;
        transcriptMarks = true;
        marks++;
      } else if ((text.equals("Transcript") || isTitle(text)) && turns.isEmpty()) {
        expectDisclaimer = text.equals("Transcript");
        transcriptMarks = true;
        marks++;
      } else if (offset != null) {
        at = offset;
        transcriptMarks |= text.length() >= 8;
        marks++;
      } else if (timingOffset(text) != null) {
        at = timingOffset(text);
        marks++;
      } else {
        LogTurn turn = line.indent() == indent ? labelled(line, document, at) : null;
        if (turn != null) {
          turns.add(current = turn);
          expectDisclaimer = false;
        } else if (current != null) {
          current.add(line);
        } else if (expectDisclaimer) {
          expectDisclaimer = false;
          marks++;
        } else {
          unlabelledBeforeFirst++;
        }
      }
    }
    if (turns.isEmpty() || (unlabelledBeforeFirst > 0 && !transcriptMarks)) return null;
    if ((turns.size() + marks) * 2 <= nonBlank || looksLikeConfiguration(turns)) return null;
    if (unlabelledBeforeFirst > 0) {
      diagnostics.warn(
          lines.get(0).number(),
          "transcript has " + unlabelledBeforeFirst + " line(s) before the first speaker; ignored");
    }
    boolean transcript =
        transcriptMarks
            || (headingContext != null
                && headingContext.toLowerCase(Locale.ROOT).contains("transcript"));
    return LogBlock.of(turns, transcript, attendees);
  }

  /**
   * The start offset of a "00:00:39.516,00:00:42.516" timing line, or null. Only a line starting
   * with a digit and holding a comma can be one; testing that first spares the backtracking pattern
   * nearly every line (it was 6% of the parse stage's CPU).
   */
  private static Duration timingOffset(String text) {
    if (text.isEmpty() || text.charAt(0) < '0' || text.charAt(0) > '9' || text.indexOf(',') < 0) {
      return null;
    }
    Matcher timing = TIMING.matcher(text);
    return timing.matches() ? ClockTimes.parseOffset(timing.group(1)) : null;
  }

  /** "Podman Community Meeting - Transcript": only a line ending so is tried on the pattern. */
  private static boolean isTitle(String text) {
    return text.endsWith("Transcript") && TITLE.matcher(text).matches();
  }

  /** "Name: text" (text required, after a space), or null. */
  private static LogTurn labelled(Line line, String document, Duration at) {
    String text = line.text();
    int colon = text.indexOf(':');
    if (colon <= 0 || colon > SpeakerLabel.MAX_LENGTH + line.indent()) return null;
    if (colon + 1 >= text.length() || !Character.isWhitespace(text.charAt(colon + 1))) return null;
    if (text.substring(colon + 1).isBlank()) return null;
    int begin = line.begin();
    NameRef name = SpeakerLabel.parse(document, begin, begin + colon, line.number(), true);
    if (name == null) return null;
    LogTurn turn = new LogTurn(name, null, at, line.number(), begin, begin + colon + 1);
    int textBegin = begin + colon + 1;
    while (Character.isWhitespace(document.charAt(textBegin))) textBegin++;
    String rest = document.substring(textBegin, line.end());
    turn.add(new Line(line.number(), textBegin, line.end(), rest));
    return turn;
  }

  /**
   * "host: x / port: y": every label a single lower-case word, none said twice. People talk more
   * than once; configuration keys do not repeat.
   */
  private static boolean looksLikeConfiguration(List<LogTurn> turns) {
    Map<String, Integer> counts = new HashMap<>();
    for (LogTurn t : turns) {
      String name = t.speaker().name();
      if (name.contains(" ") || !name.equals(name.toLowerCase(Locale.ROOT))) return false;
      if (counts.merge(name, 1, Integer::sum) > 1) return false;
    }
    return true;
  }

  /** The comma-separated names of a transcript's attendee line; "X's Presentation" left out. */
  private static List<NameRef> attendees(Line line, String document) {
    List<NameRef> names = new ArrayList<>();
    int start = line.begin();
    while (start <= line.end()) {
      int comma = document.indexOf(',', start);
      int stop = comma < 0 || comma > line.end() ? line.end() : comma;
      String entry = document.substring(start, stop).strip();
      if (!entry.endsWith("'s Presentation") && !entry.endsWith("\u2019s Presentation")) {
        NameRef name = SpeakerLabel.parse(document, start, stop, line.number(), false);
        if (name != null) names.add(name);
      }
      start = stop + 1;
    }
    return names;
  }
}
