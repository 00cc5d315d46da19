package io.notegraph.parse;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offsets into the recording: "(3:00 in the video)", "(38:44) in the video)", "( 1:30 in
 * video)", "([2:50](...&t=170s) in the video)" (after link stripping: "(2:50 in the video)"),
 * "Demo - 4:35 in the video", "(1:02:10 in the recording)". Stateless.
 */
final class RecordingOffset {
  private static final Pattern OFFSET =
      Pattern.compile(
          "\\(?\\s*(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})\\s*\\)?\\s*(?:in|of)\\s+(?:the\\s+)?"
              + "(?:video|recording)\\)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MISSING =
      Pattern.compile(
          "\\(\\s*:?\\s*\\)?\\s*in\\s+(?:the\\s+)?(?:video|recording)\\s*\\)?",
          Pattern.CASE_INSENSITIVE);

  private RecordingOffset() {}

  /** An offset found in text and where its expression stands (parentheses included). */
  record Found(Duration offset, int begin, int end) {}

  static Optional<Found> find(String s) {
    Matcher m = OFFSET.matcher(s);
    if (!m.find()) return Optional.empty();
    long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    long min = Long.parseLong(m.group(2));
    long sec = Long.parseLong(m.group(3));
    if (sec >= 60) return Optional.empty();
    Duration d = Duration.ofHours(h).plusMinutes(min).plusSeconds(sec);
    return Optional.of(new Found(d, m.start(), m.end()));
  }

  /** An offset expression with no time in it: "( : in video)". */
  static Optional<int[]> findMissing(String s) {
    Matcher m = MISSING.matcher(s);
    return m.find() ? Optional.of(new int[] {m.start(), m.end()}) : Optional.empty();
  }

  /** Text is nothing but an offset (possibly with stray numbers after): a heading like that. */
  static boolean isOnlyOffset(String s) {
    Optional<Found> f = find(s);
    if (f.isEmpty()) return findMissing(s).map(r -> rest(s, r[0], r[1]).isBlank()).orElse(false);
    return rest(s, f.get().begin(), f.get().end()).replaceAll("[\\d()*\\s]", "").isEmpty();
  }

  private static String rest(String s, int b, int e) {
    return s.substring(0, b) + s.substring(e);
  }
}
