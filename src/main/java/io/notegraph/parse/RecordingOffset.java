package io.notegraph.parse;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offsets into the recording: "(3:00 in the video)", "(38:44) in the video)", "( 1:30 in video)",
 * "([2:50](...&t=170s) in the video)" (after link stripping: "(2:50 in the video)"), "Demo - 4:35
 * in the video", "(1:02:10 in the recording)". Stateless.
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
    if (!mentionsRecording(s)) return Optional.empty();
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
    if (!mentionsRecording(s)) return Optional.empty();
    Matcher m = MISSING.matcher(s);
    return m.find() ? Optional.of(new int[] {m.start(), m.end()}) : Optional.empty();
  }

  /** Text is nothing but an offset (possibly with stray numbers after): a heading like that. */
  static boolean isOnlyOffset(String s) {
    Optional<Found> f = find(s);
    if (f.isEmpty()) return findMissing(s).map(r -> rest(s, r[0], r[1]).isBlank()).orElse(false);
    return rest(s, f.get().begin(), f.get().end()).replaceAll("[\\d()*\\s:–—-]", "").isEmpty();
  }

  /**
   * "[03:12] Title", "Title — Ana (17:45)", "Title · 01:48 – 19:10": a bracketed time (or the span
   * of the recording) opening or closing a heading, with no word saying it is an offset. It may as
   * well be a clock time, so {@link #bracketedAreOffsets} decides for the whole note.
   */
  private static final Pattern BRACKETED =
      Pattern.compile(
          "^\\s*[\\[(]\\s*(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})\\s*[\\])]"
              + "|[\\[(]\\s*(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})\\s*[\\])]\\s*$"
              // "Title · 01:48 – 19:10": the span of the recording a topic took; it starts there
              + "|\\s[·•|–—-]\\s*(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})\\s*[–—-]\\s*"
              + "(?:(\\d{1,2}):)?(\\d{1,3}):\\d{2}\\s*$");

  /** A bracketed time at the start or end of a heading, as an offset (see {@link #BRACKETED}). */
  static Optional<Found> bracketed(String heading) {
    Matcher m = BRACKETED.matcher(heading);
    if (!m.find()) return Optional.empty();
    int g = group(m);
    long h = m.group(g) == null ? 0 : Long.parseLong(m.group(g));
    long sec = Long.parseLong(m.group(g + 2));
    if (sec >= 60) return Optional.empty();
    Duration d = Duration.ofHours(h).plusMinutes(Long.parseLong(m.group(g + 1))).plusSeconds(sec);
    return Optional.of(new Found(d, m.start(), m.end()));
  }

  /**
   * Whether the bracketed times of a note's headings are offsets into its recording rather than
   * clock times: at least two, rising through the note, and one of them no clock could show
   * ("[31:20]", "(1:02:10)"). A schedule ("Welcome (11:00)", "Demo (11:15)") stays a schedule.
   */
  static boolean bracketedAreOffsets(java.util.List<String> headings) {
    int found = 0;
    boolean notClock = false;
    Duration last = Duration.ZERO;
    for (String h : headings) {
      Matcher m = BRACKETED.matcher(h);
      Optional<Found> f = bracketed(h);
      if (f.isEmpty() || !m.find()) continue;
      if (f.get().offset().compareTo(last) < 0) return false;
      last = f.get().offset();
      found++;
      int g = group(m);
      notClock |= m.group(g) != null || Long.parseLong(m.group(g + 1)) >= 24;
      if (g == 7) notClock |= m.group(10) != null || Long.parseLong(m.group(11)) >= 24; // its end
    }
    return found >= 2 && notClock;
  }

  /** The first group (hours) of the alternative of {@link #BRACKETED} that matched. */
  private static int group(Matcher m) {
    return m.group(2) != null ? 1 : m.group(5) != null ? 4 : 7;
  }

  /** "[recording](https://youtu.be/x?t=95s)": a link named for the video, its time in the URL. */
  private static final Pattern WORD_LINK =
      Pattern.compile("(?i)(?:recording|video|watch|▶️?|at\\s+this\\s+point)");

  /** "t=95s", "t=95", "t=1m35s", "t=1h2m3s" in a video URL. */
  private static final Pattern URL_TIME =
      Pattern.compile("[?&#]t=(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s?)?(?:&|$)");

  private static Duration fromUrl(String url) {
    Matcher t = URL_TIME.matcher(url);
    if (!t.find() || t.group(1) == null && t.group(2) == null && t.group(3) == null) return null;
    long h = t.group(1) == null ? 0 : Long.parseLong(t.group(1));
    long min = t.group(2) == null ? 0 : Long.parseLong(t.group(2));
    long sec = t.group(3) == null ? 0 : Long.parseLong(t.group(3));
    return Duration.ofHours(h).plusMinutes(min).plusSeconds(sec);
  }

  private static final Pattern CLOCK =
      Pattern.compile("\\(?\\s*(?:(\\d{1,2}):)?(\\d{1,3}):(\\d{2})\\s*\\)?");
  private static final Pattern VIDEO_LINK =
      Pattern.compile(
          "(?i)^https?://(?:www\\.|m\\.)?(?:youtu\\.be/|youtube\\.com/|vimeo\\.com/).*");

  /**
   * A linked offset: "[12:34](https://youtu.be/abc?t=754)" — the link text is a clock and the link
   * goes to a video; the text says the offset (the URL's t= may be rounded). Null otherwise.
   */
  static Duration fromLink(String linkText, String url) {
    if (url == null || !VIDEO_LINK.matcher(url).matches()) return null;
    Matcher m = CLOCK.matcher(linkText.strip());
    if (!m.matches()) return WORD_LINK.matcher(linkText.strip()).matches() ? fromUrl(url) : null;
    long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    long sec = Long.parseLong(m.group(3));
    if (sec >= 60) return null;
    return Duration.ofHours(h).plusMinutes(Long.parseLong(m.group(2))).plusSeconds(sec);
  }

  /**
   * Whether "video" or "recording" occurs in {@code s} in any case: both patterns need one of them.
   * Trying the patterns at every offset of every paragraph was 8% of the parse stage's CPU; this
   * scan rejects nearly all text first. (It also accepts a few strings the ASCII-only
   * case-insensitive patterns reject, which they then reject.)
   */
  private static boolean mentionsRecording(String s) {
    for (int i = s.length() - 5; i >= 0; i--) {
      char c = s.charAt(i);
      if ((c == 'v' || c == 'V') && s.regionMatches(true, i, "video", 0, 5)) return true;
      if ((c == 'r' || c == 'R') && s.regionMatches(true, i, "recording", 0, 9)) return true;
    }
    return false;
  }

  private static String rest(String s, int b, int e) {
    return s.substring(0, b) + s.substring(e);
  }
}
