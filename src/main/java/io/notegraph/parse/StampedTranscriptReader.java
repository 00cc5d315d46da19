package io.notegraph.parse;

import io.notegraph.parse.LogLines.Line;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcripts whose turns are headed by a speaker and a time stamp, as meeting software exports
 * them. One row per layout; the first that heads most turns wins:
 *
 * <table>
 *   <caption>turn headers</caption>
 *   <tr><th>software</th><th>header</th></tr>
 *   <tr><td>Microsoft Teams (.docx / text)</td><td>{@code Ana Ruiz   0:03}, the text below</td></tr>
 *   <tr><td>Microsoft Teams (older)</td><td>{@code [00:00:03] Ana Ruiz}, text below or after ':'</td></tr>
 *   <tr><td>Google Meet (captions saved)</td><td>{@code 00:00:03 Ana Ruiz: text}</td></tr>
 *   <tr><td>Google Meet (transcript doc)</td><td>{@code Ana Ruiz} then {@code 00:00:03} on the next line</td></tr>
 *   <tr><td>Jitsi (Jigasi)</td><td>{@code <10:00:03 AM> Ana Ruiz: text}; times of day, counted
 *       from "Transcript, started at"</td></tr>
 * </table>
 *
 * <p>(WebVTT with voice tags, as Teams also exports, is {@link WebVttReader}'s.) Speaker labels
 * must read as names ({@link SpeakerLabel}), so timestamps in a shell log never become speakers.
 * Stateless.
 */
final class StampedTranscriptReader {
  private static final String STAMP = "(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d{1,3})?)";
  // "Ana Ruiz   0:03", and as a note renders it: "**Ana Ruiz** 0:03", "**Ana Ruiz** (0:03):"
  private static final Pattern NAME_THEN_STAMP =
      Pattern.compile(
          "^(?:\\*\\*|__)?(\\S.{0,79}?)(?:\\*\\*|__)?(?:[ ]{2,}|\\t|(?<=\\*\\*|__)[ ]+)[(\\[]?"
              + STAMP
              + "[)\\]]?:?\\s*$");
  private static final Pattern BRACKET_STAMP =
      Pattern.compile("^\\[" + STAMP + "]\\s+([^:\\[\\]]{1,80}?)\\s*(?::\\s+|$)");
  private static final Pattern STAMP_NAME = Pattern.compile("^" + STAMP + "\\s+([^:]{1,80}?):\\s+");
  private static final Pattern STAMP_ONLY = Pattern.compile("^" + STAMP + "\\s*$");
  private static final Pattern JITSI =
      Pattern.compile("^<(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp][Mm])?)>\\s+([^:]{1,80}?):\\s+");

  /** Jigasi's header and membership lines: not speech, not a reason to reject the block. */
  private static final Pattern JITSI_NOISE =
      Pattern.compile(
          "(?i)^(?:transcript of conference held at|initial people present at"
              + "|transcript, started at|end of transcript at)\\b|\\b(?:joined|left) the conference\\s*$");

  private static final Pattern STARTED_AT =
      Pattern.compile("(?i)^transcript, started at\\s+(.+?):?\\s*$");

  private enum Layout {
    NAME_THEN_STAMP,
    BRACKET_STAMP,
    STAMP_NAME,
    STACKED,
    JITSI
  }

  private StampedTranscriptReader() {}

  /** The transcript in {@code lines}, or null when no layout heads most of its turns. */
  static LogBlock read(List<Line> lines, String document) {
    for (Layout layout : Layout.values()) {
      LogBlock block = read(lines, document, layout);
      if (block != null) return block;
    }
    return null;
  }

  private static LogBlock read(List<Line> lines, String document, Layout layout) {
    List<LogTurn> turns = new ArrayList<>();
    LogTurn current = null;
    int stray = 0;
    LocalTime start = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (layout == Layout.JITSI && JITSI_NOISE.matcher(line.trimmed()).find()) {
        Matcher s = STARTED_AT.matcher(line.trimmed());
        if (s.matches()) start = ClockTimes.parseTimeOfDay(s.group(1));
        continue;
      }
      LogTurn header = null;
      if (layout == Layout.STACKED) {
        if (i + 1 < lines.size() && STAMP_ONLY.matcher(lines.get(i + 1).trimmed()).matches()) {
          header = stacked(line, lines.get(i + 1), document);
          if (header != null) i++;
        }
      } else if (layout == Layout.JITSI) {
        Matcher m = JITSI.matcher(line.text().strip());
        if (m.lookingAt()) {
          LocalTime t = ClockTimes.parseTimeOfDay(m.group(1));
          if (t != null && start == null) start = t;
          Duration at = t == null ? null : Duration.between(start, t);
          header = header(line, document, m, 2, at != null && at.isNegative() ? null : at);
        }
      } else {
        Pattern p =
            switch (layout) {
              case NAME_THEN_STAMP -> NAME_THEN_STAMP;
              case BRACKET_STAMP -> BRACKET_STAMP;
              default -> STAMP_NAME;
            };
        Matcher m = p.matcher(line.text().strip());
        if (m.lookingAt()) {
          int name = layout == Layout.NAME_THEN_STAMP ? 1 : 2;
          int stamp = layout == Layout.NAME_THEN_STAMP ? 2 : 1;
          header = header(line, document, m, name, offset(m.group(stamp)));
        }
      }
      if (header != null) {
        turns.add(current = header);
      } else if (current != null) {
        current.add(line);
      } else if (!line.isBlank()) {
        stray++;
      }
    }
    if (turns.size() < 2 || stray > 3) return null;
    return LogBlock.of(turns, true, List.of());
  }

  /** "0:03" (Teams writes minutes unpadded) as well as "00:03" and "00:00:03". */
  private static Duration offset(String stamp) {
    String s = stamp.strip();
    return ClockTimes.parseOffset(s.matches("\\d:\\d{2}(?:[.,]\\d+)?") ? "0" + s : s);
  }

  /** A header from a match on the stripped line; the rest of the line is the turn's first text. */
  private static LogTurn header(Line line, String document, Matcher m, int nameGroup, Duration at) {
    if (at == null) return null;
    int b = line.contentBegin();
    NameRef name =
        SpeakerLabel.parse(
            document, b + m.start(nameGroup), b + m.end(nameGroup), line.number(), true);
    if (name == null) return null;
    LogTurn turn = new LogTurn(name, null, at, line.number(), b, b + m.end());
    int from = b + m.end();
    int to = line.begin() + line.text().length();
    if (from < to && !document.substring(from, to).isBlank()) {
      turn.add(new Line(line.number(), from, to, document.substring(from, to)));
    }
    return turn;
  }

  /** "Ana Ruiz" on one line, "00:00:03" on the next. */
  private static LogTurn stacked(Line nameLine, Line stampLine, String document) {
    Duration at = offset(stampLine.trimmed());
    if (at == null || nameLine.isBlank()) return null;
    NameRef name =
        SpeakerLabel.parse(
            document, nameLine.contentBegin(), nameLine.contentEnd(), nameLine.number(), true);
    if (name == null) return null;
    return new LogTurn(
        name, null, at, nameLine.number(), nameLine.contentBegin(), stampLine.contentEnd());
  }
}
