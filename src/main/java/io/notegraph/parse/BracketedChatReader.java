package io.notegraph.parse;

import io.notegraph.parse.LogLines.Line;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat exported one message a line with the time of day in brackets: "[12:04] rustam_n: I'll take
 * it", "[10:02 AM] Ana Ruiz: hi" (Discord and Slack exporters, bridged rooms). Display names may
 * carry an emoji or a suffix ("Oyi 🌻", "Nalani | mod"), which are left out of the name. A first
 * stamp in hour zero ("[00:03:12] Ana: ...") is a position in a recording: a transcript. Fenced
 * blocks try {@link StampedTranscriptReader} first, so a wall-clock transcript ("[10:02:33] Ana:
 * ...") stays one; unfenced paragraphs of such lines are read here directly. Stateless.
 */
final class BracketedChatReader {
  private static final Pattern MESSAGE =
      Pattern.compile(
          "^[ \\t]*\\[(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?)\\][ \\t]+"
              + "([^:\\n]{1,48}?)[ \\t]*:[ \\t]+(\\S.*)$");

  private BracketedChatReader() {}

  /** A first stamp in hour zero without "AM"/"PM": a position in a recording. */
  private static final Pattern RECORDING_START =
      Pattern.compile("^[ \\t]*\\[0{1,2}:\\d{2}(?::\\d{2})?\\]");

  /** A display name's decorations: "Nalani | mod", "saffi ✨", "Mirek (docs)". */
  private static final Pattern DECORATION =
      Pattern.compile(
          "(?:[ \\t]+\\|[ \\t].*|[ \\t]*\\(\\p{Ll}+\\)|[ \\t]*[\\p{So}\\p{Sk}\\p{Cs}\\x{FE0F}\\x{200D}]+)+$");

  /** Where the name in a display name ends, its decorations left out. */
  private static int displayEnd(String display) {
    Matcher d = DECORATION.matcher(display);
    if (d.find() && d.start() > 0) {
      String aside = display.substring(d.start()).strip();
      boolean word =
          !aside.startsWith("(")
              || io.notegraph.nlp.EnglishWords.contains(aside.substring(1, aside.length() - 1));
      if (word) return d.start();
    }
    return display.length();
  }

  /** Whether {@code line} is such a message: what a run of unfenced chat paragraphs opens with. */
  static boolean isMessage(String line) {
    return MESSAGE.matcher(line).matches();
  }

  /** The chat in {@code lines}, or null when fewer than two in three lines are such messages. */
  static LogBlock read(List<Line> lines, String document) {
    List<LogTurn> turns = new ArrayList<>();
    int nonBlank = 0;
    LogTurn current = null;
    for (Line line : lines) {
      if (line.isBlank()) continue;
      nonBlank++;
      Matcher m = MESSAGE.matcher(line.text());
      LocalTime time = m.matches() ? ClockTimes.parseTimeOfDay(m.group(1)) : null;
      NameRef sender =
          time == null
              ? null
              : SpeakerLabel.parse(
                  document,
                  line.begin() + m.start(2),
                  line.begin() + m.start(2) + displayEnd(m.group(2)),
                  line.number(),
                  false);
      if (sender == null) {
        if (current != null) current.add(line); // a message's continuation line
        continue;
      }
      current = new LogTurn(sender, time, null, line.number(), line.begin(), line.end());
      int from = line.begin() + m.start(3);
      current.add(new Line(line.number(), from, line.end(), document.substring(from, line.end())));
      turns.add(current);
    }
    if (turns.size() < 2 || turns.size() * 3 < nonBlank * 2) return null;
    // "[00:03:12] Ana: ..." counts from the start of a recording: a transcript, not a chat
    String first = lines.stream().filter(l -> !l.isBlank()).findFirst().map(Line::text).orElse("");
    if (RECORDING_START.matcher(first).find()) return null;
    return LogBlock.of(turns, false, List.of());
  }
}
