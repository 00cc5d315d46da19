package io.notegraph.viz;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Turns a recording URL and an {@code xsd:duration} offset into a link that starts there. */
final class RecordingLinks {
  private RecordingLinks() {}

  /** Seconds of an {@code xsd:duration} such as {@code PT2M50S}; empty when not a time span. */
  static Optional<Long> seconds(String duration) {
    if (duration == null || duration.isBlank()) return Optional.empty();
    try {
      return Optional.of(Duration.parse(duration).getSeconds());
    } catch (DateTimeParseException e) {
      return Optional.empty(); // year/month durations never occur as recording offsets
    }
  }

  /** {@code 2:50} or {@code 1:02:03}. */
  static String clock(long seconds) {
    long h = seconds / 3600;
    long m = seconds % 3600 / 60;
    long s = seconds % 60;
    return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
  }

  /**
   * The recording URL starting at the offset: YouTube understands {@code t} ({@code &t=170s} after
   * an existing query, {@code ?t=170} on a bare short link); other hosts get the plain URL.
   */
  static String at(String recording, long seconds) {
    if (!isYouTube(recording)) return recording;
    int hash = recording.indexOf('#');
    String base = hash < 0 ? recording : recording.substring(0, hash);
    return base.contains("?") ? base + "&t=" + seconds + "s" : base + "?t=" + seconds;
  }

  static boolean isYouTube(String url) {
    String u = url.toLowerCase(java.util.Locale.ROOT);
    return u.matches("https?://(www\\.|m\\.)?(youtube\\.com|youtu\\.be)/.*");
  }
}
