package io.notegraph.parse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A video's chapter list, as YouTube descriptions and meeting pages give it: one "02:40 Podman 6.3
 * is out" line per chapter, the first at 00:00, in order. Each chapter's start is the offset into
 * the recording of the topic it names. Told from an unlabelled transcript by its short titles a
 * minute or more apart on average. Stateless.
 */
final class Chapters {
  /** One chapter: where it starts in the recording and what it is called. */
  record Chapter(String title, Duration at) {}

  private static final Pattern LINE =
      Pattern.compile(
          "^[ \\t]*(?:[-*+][ \\t]+)?\\(?((?:\\d{1,2}:)?\\d{1,2}:\\d{2})\\)?(?:[ \\t]*[-–—:|])?"
              + "[ \\t]+(\\S.{0,118})$");

  private Chapters() {}

  /** Whether {@code line} opens with a stamp and a title, as a chapter line does. */
  static boolean startsWithStamp(String line) {
    return LINE.matcher(line.strip()).matches();
  }

  /**
   * The chapters {@code block} lists, or none when it is not a chapter list: at least three lines,
   * nearly all of them a stamp and a title, the first stamp within the first minute, never going
   * back.
   */
  static List<Chapter> read(String block) {
    List<Chapter> out = new ArrayList<>();
    int lines = 0;
    Duration last = Duration.ZERO;
    for (String line : block.split("\n")) {
      if (line.isBlank()) continue;
      lines++;
      Matcher m = LINE.matcher(line.stripTrailing());
      if (!m.matches()) continue;
      String stamp = m.group(1);
      Duration at = ClockTimes.parseStamp(stamp);
      if (at == null) continue;
      if (out.isEmpty() && at.compareTo(Duration.ofMinutes(1)) > 0) return List.of();
      if (at.compareTo(last) < 0) return List.of();
      last = at;
      out.add(new Chapter(m.group(2).strip(), at));
    }
    if (out.size() < 3 || out.size() > 40 || out.size() * 10 < lines * 9) return List.of();
    // chapters are titles minutes apart; an unlabelled transcript is sentences seconds apart
    int chars = out.stream().mapToInt(c -> c.title().length()).sum();
    long span = out.get(out.size() - 1).at().getSeconds() - out.get(0).at().getSeconds();
    if (chars > 60 * out.size() || span < 60L * (out.size() - 1)) return List.of();
    return out;
  }
}
