package io.notegraph.parse;

import io.notegraph.diag.FileDiagnostics;
import io.notegraph.parse.LogLines.Line;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebVTT transcripts as Zoom saves them (and SubRip, which differs only in its header and
 * numbering): cues of "00:00:01.000 --&gt; 00:00:04.500" and text, the speaker given as "Tom
 * Sweeney (Red Hat LLC): text" or as a voice tag "&lt;v Tom Sweeney&gt;text".
 *
 * <p>One {@link Utterance} per labelled cue line, {@code at} the cue's start: cues are Zoom's own
 * unit and keep their offsets exact. A cue line without a label continues the turn before it.
 */
final class WebVttReader {
  private static final Pattern TIMING = Pattern.compile("(\\S+)\\s+-->\\s+(\\S+)(?:\\s.*)?");
  private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^ >]*)?\\s+([^>]{1,80})>");

  private WebVttReader() {}

  /** Whether {@code lines} are a WebVTT or SubRip file. */
  static boolean accepts(List<Line> lines) {
    for (Line l : lines) {
      if (l.isBlank()) continue;
      if (l.trimmed().startsWith("WEBVTT")) return true;
      if (cueStart(l.trimmed()) != null) return true;
      if (!l.trimmed().chars().allMatch(Character::isDigit)) return false;
    }
    return false;
  }

  static LogBlock read(List<Line> lines, String document, FileDiagnostics diagnostics) {
    List<LogTurn> turns = new ArrayList<>();
    LogTurn current = null;
    Duration at = null;
    boolean inCue = false;
    boolean skipping = false;
    int unlabelled = 0;
    int firstUnlabelled = 0;
    for (Line line : lines) {
      String text = line.trimmed();
      if (line.isBlank()) {
        inCue = false;
        skipping = false;
      } else if (skipping) {
        continue;
      } else if (!inCue
          && (text.startsWith("NOTE")
              || text.startsWith("STYLE")
              || text.startsWith("REGION")
              || text.startsWith("WEBVTT"))) {
        skipping = true;
      } else if (cueStart(text) != null) {
        at = cueStart(text);
        inCue = true;
      } else if (inCue) {
        LogTurn turn = labelled(line, document, at);
        if (turn != null) {
          turns.add(current = turn);
        } else if (current != null) {
          current.add(withoutClosingTag(line, document));
        } else if (unlabelled++ == 0) {
          firstUnlabelled = line.number();
        }
      }
    }
    if (unlabelled > 0 && turns.isEmpty()) {
      diagnostics.warn(firstUnlabelled, "transcript cues name no speaker; turns not extracted");
    } else if (unlabelled > 0) {
      diagnostics.warn(firstUnlabelled, "transcript cue before the first speaker; ignored");
    }
    return LogBlock.of(turns, true, List.of());
  }

  private static Duration cueStart(String text) {
    Matcher m = TIMING.matcher(text);
    return m.matches() ? ClockTimes.parseOffset(m.group(1)) : null;
  }

  /** A cue line naming its speaker by voice tag or "Name: ", or null. */
  private static LogTurn labelled(Line line, String document, Duration at) {
    String text = line.text();
    int begin = line.begin();
    Matcher voice = VOICE.matcher(text);
    int nameBegin;
    int nameEnd;
    int textBegin;
    if (voice.lookingAt()) {
      nameBegin = begin + voice.start(1);
      nameEnd = begin + voice.end(1);
      textBegin = begin + voice.end();
    } else {
      int colon = text.indexOf(": ");
      if (colon <= 0 || colon > SpeakerLabel.MAX_LENGTH + line.indent()) return null;
      nameBegin = begin;
      nameEnd = begin + colon;
      textBegin = nameEnd + 1;
    }
    NameRef name = SpeakerLabel.parse(document, nameBegin, nameEnd, line.number(), true);
    if (name == null) return null;
    LogTurn turn = new LogTurn(name, null, at, line.number(), begin, textBegin);
    while (textBegin < line.end() && Character.isWhitespace(document.charAt(textBegin))) {
      textBegin++;
    }
    Line rest =
        new Line(line.number(), textBegin, line.end(), document.substring(textBegin, line.end()));
    turn.add(withoutClosingTag(rest, document));
    return turn;
  }

  private static Line withoutClosingTag(Line line, String document) {
    String text = line.text().stripTrailing();
    if (!text.endsWith("</v>")) return line;
    int end = line.begin() + text.length() - 4;
    return new Line(line.number(), line.begin(), end, document.substring(line.begin(), end));
  }
}
