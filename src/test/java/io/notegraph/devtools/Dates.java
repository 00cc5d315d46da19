package io.notegraph.devtools;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SplittableRandom;

/** Date and token spellings the notes use. Stateless and thread-safe. */
final class Dates {
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private Dates() {}

  /** "June 15, 2023". */
  static String longDate(LocalDate d) {
    return LONG.format(d);
  }

  /** "Thursday". */
  static String weekday(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** A random token such as a recording id. */
  static String token(SplittableRandom r, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) b.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
    return b.toString();
  }
}
