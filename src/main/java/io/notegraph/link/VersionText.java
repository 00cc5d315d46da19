package io.notegraph.link;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalises release numbers: "v3.2.0" and "3.2.0" are revision "3.2.0", "v3.2.0-RC3",
 * "3.2.0rc3" and "3.2.0 rc3" are "3.2.0-rc3". Stateless.
 */
final class VersionText {
  private static final Pattern VERSION =
      Pattern.compile(
          "(?i)(?<![\\w.:/-])(v)?(\\d+(?:\\.\\d+){0,3})"
              + "(?:-?((?:rc|alpha|beta|dev)\\.?\\d*)|[ \\t]((?:rc|alpha|beta)\\.?\\d+))?"
              + "(?![\\w:/-]|\\.\\d)");

  /** Where a version stands in a string and its normalised revision. */
  record Found(int begin, int end, String revision, boolean prefixed) {
    boolean dotted() {
      return revision.contains(".");
    }
  }

  private VersionText() {}

  /** The first version in {@code text}, as nlp found it. */
  static Optional<Found> first(String text) {
    Matcher m = VERSION.matcher(text);
    return m.find() ? Optional.of(found(m)) : Optional.empty();
  }

  /**
   * A version in a heading, stricter than in a mention: "v3.2.0" or "v4", or a dotted number right
   * after a word ("Podman 3.2.0"), never a date or a time.
   */
  static Optional<Found> inTitle(String title) {
    Matcher m = VERSION.matcher(title);
    while (m.find()) {
      Found f = found(m);
      String before = title.substring(0, f.begin()).stripTrailing();
      boolean afterWord =
          !before.isEmpty() && Character.isLetter(before.charAt(before.length() - 1));
      if (f.prefixed() || (f.dotted() && afterWord && !looksLikeDate(before)))
        return Optional.of(f);
    }
    return Optional.empty();
  }

  private static boolean looksLikeDate(String before) {
    return before.matches("(?is).*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*");
  }

  private static Found found(Matcher m) {
    String rev = m.group(2);
    String pre = m.group(3) != null ? m.group(3) : m.group(4); // "4.2 rc3" is "4.2-rc3"
    if (pre != null) rev += "-" + pre.toLowerCase(Locale.ROOT).replace(".", "");
    return new Found(m.start(), m.end(), rev, m.group(1) != null);
  }
}
