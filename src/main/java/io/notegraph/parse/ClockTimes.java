package io.notegraph.parse;

import java.time.Duration;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times of day ("10:56 AM", "14:03") and offsets ("00:05:00", "00:01:02.500") in logs. */
final class ClockTimes {
  /**
   * A time of day alone on a line. Groups: hour, minute, second, a/p. Chrome puts a narrow no-break
   * space (U+202F) before "AM", hence {@code \h}.
   */
  static final Pattern TIME_OF_DAY =
      Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\h*([AaPp])\\.?[Mm]\\.?)?");

  /** An offset alone on a line, hours optional: "00:05:00", "01:02.5", "1:02:03,250". */
  static final Pattern OFFSET =
      Pattern.compile("(?:(\\d{1,2}):)?(\\d{2}):(\\d{2})(?:[.,](\\d{1,3}))?");

  private ClockTimes() {}

  /** The time of day a {@link #TIME_OF_DAY} match stands for, or null if out of range. */
  static LocalTime timeOfDay(String hour, String minute, String second, String amPm) {
    int h = Integer.parseInt(hour);
    int m = Integer.parseInt(minute);
    int s = second == null ? 0 : Integer.parseInt(second);
    if (m > 59 || s > 59) return null;
    if (amPm != null) {
      if (h < 1 || h > 12) return null;
      boolean pm = Character.toLowerCase(amPm.charAt(0)) == 'p';
      h = h % 12 + (pm ? 12 : 0);
    } else if (h > 23) {
      return null;
    }
    return LocalTime.of(h, m, s);
  }

  /** The time of day {@code text} holds entirely, or null. */
  static LocalTime parseTimeOfDay(String text) {
    Matcher m = TIME_OF_DAY.matcher(text.strip());
    return m.matches() ? timeOfDay(m.group(1), m.group(2), m.group(3), m.group(4)) : null;
  }

  /** The offset {@code text} holds entirely, or null. */
  static Duration parseOffset(String text) {
    Matcher m = OFFSET.matcher(text.strip());
    return m.matches() ? offset(m) : null;
  }

  /** A stamp in a table cell or a heading, minutes unpadded: "0:45", "12:30", "1:02:03". */
  private static final Pattern STAMP = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})");

  /**
   * The offset a stamp written by hand holds entirely ("0:45" is 45 s, which {@link #OFFSET} reads
   * only padded), or null; minutes may pass 59 when no hour is given ("75:10").
   */
  static Duration parseStamp(String text) {
    Matcher m = STAMP.matcher(text.strip());
    if (!m.matches()) return null;
    long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    long min = Long.parseLong(m.group(2));
    long sec = Long.parseLong(m.group(3));
    if (sec >= 60 || m.group(1) != null && min >= 60) return null;
    return Duration.ofSeconds(h * 3600 + min * 60 + sec);
  }

  /** The offset an {@link #OFFSET} match stands for, or null if out of range. */
  static Duration offset(Matcher m) {
    int h = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    int min = Integer.parseInt(m.group(2));
    int s = Integer.parseInt(m.group(3));
    if (min > 59 || s > 59) return null;
    Duration d = Duration.ofHours(h).plusMinutes(min).plusSeconds(s);
    String fraction = m.group(4);
    if (fraction != null) {
      int millis = Integer.parseInt((fraction + "00").substring(0, 3));
      d = d.plusMillis(millis);
    }
    return d;
  }
}
