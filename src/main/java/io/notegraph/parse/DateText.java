package io.notegraph.parse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as people write them in notes: "June 1, 2021", "Thursday, June 15, 2023", "Jun 1st
 * 2021", "1 June 2021", "2021-06-01", "2019.10.10", "06/01/2021" (US order). Stateless.
 */
final class DateText {
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  // "2021-06-01", and "2019.10.10" as some teams write it (same separator both times).
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})([-.])(\\d{1,2})\\2(\\d{1,2})\\b");
  private static final Pattern US = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

  private DateText() {}

  /**
   * A date found in text.
   *
   * @param weekdayMatches false when the text names a weekday the date does not fall on
   */
  record Found(LocalDate date, int begin, int end, boolean weekdayMatches) {}

  static Optional<Found> find(String s) {
    Found best = null;
    Matcher m = MONTH_FIRST.matcher(s);
    if (m.find()) best = make(m.group(1), m.group(2), m.group(3), m.group(4), m);
    m = DAY_FIRST.matcher(s);
    if (m.find() && (best == null || m.start() < best.begin())) {
      Found f = make(m.group(1), m.group(3), m.group(2), m.group(4), m);
      if (f != null) best = f;
    }
    m = ISO.matcher(s);
    if (m.find() && (best == null || m.start() < best.begin())) {
      Found f = of(m.group(1), m.group(3), m.group(4), null, m);
      if (f != null) best = f;
    }
    m = US.matcher(s);
    if (best == null && m.find()) best = of(m.group(3), m.group(1), m.group(2), null, m);
    return Optional.ofNullable(best);
  }

  /**
   * The first date-shaped text in {@code s} that is no date ("2021-02-30", "13/45/2021", "Feb 30,
   * 2021"), or empty: so that a note is reported for its impossible date rather than for having
   * none.
   */
  static Optional<String> invalid(String s) {
    if (s == null) return Optional.empty();
    Matcher m = ISO.matcher(s);
    while (m.find()) {
      if (of(m.group(1), m.group(2), m.group(3), null, m) == null) return Optional.of(m.group());
    }
    m = US.matcher(s);
    while (m.find()) {
      if (of(m.group(3), m.group(1), m.group(2), null, m) == null) return Optional.of(m.group());
    }
    m = MONTH_FIRST.matcher(s);
    while (m.find()) {
      if (make(m.group(1), m.group(2), m.group(3), m.group(4), m) == null) {
        return Optional.of(m.group().trim());
      }
    }
    return Optional.empty();
  }

  private static Found make(String weekday, String month, String day, String year, Matcher m) {
    return of(year, String.valueOf(monthNumber(month)), day, weekday, m);
  }

  private static Found of(String y, String mo, String d, String weekday, Matcher m) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      boolean ok = weekday == null || weekdayOf(weekday) == date.getDayOfWeek();
      return new Found(date, m.start(), m.end(), ok);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static int monthNumber(String name) {
    String k = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return switch (k) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }

  private static DayOfWeek weekdayOf(String w) {
    return switch (w.toLowerCase(Locale.ROOT).substring(0, 3)) {
      case "mon" -> DayOfWeek.MONDAY;
      case "tue" -> DayOfWeek.TUESDAY;
      case "wed" -> DayOfWeek.WEDNESDAY;
      case "thu" -> DayOfWeek.THURSDAY;
      case "fri" -> DayOfWeek.FRIDAY;
      case "sat" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
  }
}
