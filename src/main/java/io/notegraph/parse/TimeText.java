package io.notegraph.parse;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day and zones as notes write them: "11:03 a.m.", "10:05 a.m", "11:50am EDT", "8 p.m.",
 * "14:30", "Eastern (UTC-4)", "GMT+2", "EST". Stateless.
 */
final class TimeText {
  private static final Pattern TWELVE_HOUR =
      Pattern.compile(
          "\\b(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?", Pattern.CASE_INSENSITIVE);
  private static final Pattern TWENTY_FOUR = Pattern.compile("\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b");
  private static final Pattern BROKEN =
      Pattern.compile("\\b\\d{1,2}:\\s*[ap]\\.?\\s?m\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern UTC_OFFSET =
      Pattern.compile(
          "\\b(?:UTC|GMT)\\s*([+\u2212-])\\s*(\\d{1,2})(?::?(\\d{2}))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern ABBREVIATION =
      Pattern.compile("\\b(EST|EDT|CST|CDT|MST|MDT|PST|PDT|UTC|GMT|CET|CEST|BST|IST)\\b");
  private static final Map<String, ZoneOffset> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("EST", ZoneOffset.ofHours(-5)),
          Map.entry("EDT", ZoneOffset.ofHours(-4)),
          Map.entry("CST", ZoneOffset.ofHours(-6)),
          Map.entry("CDT", ZoneOffset.ofHours(-5)),
          Map.entry("MST", ZoneOffset.ofHours(-7)),
          Map.entry("MDT", ZoneOffset.ofHours(-6)),
          Map.entry("PST", ZoneOffset.ofHours(-8)),
          Map.entry("PDT", ZoneOffset.ofHours(-7)),
          Map.entry("UTC", ZoneOffset.UTC),
          Map.entry("GMT", ZoneOffset.UTC),
          Map.entry("CET", ZoneOffset.ofHours(1)),
          Map.entry("CEST", ZoneOffset.ofHours(2)),
          Map.entry("BST", ZoneOffset.ofHours(1)),
          Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)));

  private TimeText() {}

  /** A time of day found in text, with where it ends (zones are looked for after it). */
  record Found(LocalTime time, int begin, int end) {}

  static Optional<Found> find(String s) {
    Matcher m = TWELVE_HOUR.matcher(s);
    if (m.find()) {
      int h = Integer.parseInt(m.group(1));
      int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      if (h >= 1 && h <= 12 && min < 60) {
        boolean pm = m.group(3).toLowerCase(Locale.ROOT).equals("p");
        int hour = h % 12 + (pm ? 12 : 0);
        return Optional.of(new Found(LocalTime.of(hour, min), m.start(), m.end()));
      }
    }
    m = TWENTY_FOUR.matcher(s);
    if (m.find()) {
      return Optional.of(
          new Found(
              LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
              m.start(),
              m.end()));
    }
    return Optional.empty();
  }

  /** True for a time with its minutes missing, like "11: a.m.". */
  static boolean looksBroken(String s) {
    return BROKEN.matcher(s).find();
  }

  /** An explicit offset: "(UTC-4)", "GMT+2", "EDT". Not "Eastern" (that needs the date). */
  static Optional<ZoneOffset> offset(String s) {
    Matcher m = UTC_OFFSET.matcher(s);
    if (m.find()) {
      int h = Integer.parseInt(m.group(2));
      int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      if (h <= 14 && min < 60) {
        int sign = m.group(1).equals("+") ? 1 : -1;
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * h, sign * min));
      }
    }
    m = ABBREVIATION.matcher(s);
    if (m.find()) return Optional.of(ABBREVIATIONS.get(m.group(1)));
    return Optional.empty();
  }
}
