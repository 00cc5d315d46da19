package io.notegraph.eval;

import java.text.Normalizer;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The comparison rules of the scorer, in one place so a reader can check them.
 *
 * <ul>
 *   <li>Names: equal after {@link #normal} (case-folded, accents stripped, every run of punctuation
 *       and whitespace one space).
 *   <li>Texts (talk titles, action tasks, feature texts): {@link #overlaps} — the normalised token
 *       sets have Jaccard similarity ≥ 0.5, or one normalised text occurs in the other as a whole
 *       run of tokens ("podman machine" in "demo of podman machine on windows").
 *   <li>Versions: {@link #version} — case-folded, a leading {@code v} before a digit dropped.
 * </ul>
 */
public final class TextMatch {
  /** The Jaccard similarity at or above which two texts are the same item. */
  public static final double MIN_JACCARD = 0.5;

  private TextMatch() {}

  /** Case-folded, accents stripped, runs of anything but letters and digits as one space. */
  public static String normal(String s) {
    String noAccents = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Whether two names are the same after {@link #normal}; empty names never match. */
  public static boolean sameName(String a, String b) {
    String na = normal(a);
    return !na.isEmpty() && na.equals(normal(b));
  }

  /**
   * Whether two series names are the same after {@link #normal}, once words that only say what kind
   * of document or event it is are dropped from the end ("Podman Community Cabal Meeting Notes" and
   * "Podman Community Cabal"): annotators and titles add or leave them at will.
   */
  public static boolean sameSeries(String a, String b) {
    String na = seriesCore(a);
    return !na.isEmpty() && na.equals(seriesCore(b));
  }

  private static String seriesCore(String s) {
    String n = normal(s);
    String before;
    do {
      before = n;
      n = n.replaceFirst("(^| )(meeting|meetings|notes|minutes|agenda|call)$", "").strip();
    } while (!n.equals(before) && !n.isEmpty());
    return n.isEmpty() ? normal(s) : n;
  }

  /** The distinct tokens of {@link #normal}. */
  public static Set<String> tokens(String s) {
    String n = normal(s);
    return n.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(n.split(" ")));
  }

  /** Jaccard similarity of the token sets (0 when either is empty). */
  public static double jaccard(String a, String b) {
    Set<String> ta = tokens(a);
    Set<String> tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty()) return 0;
    long common = ta.stream().filter(tb::contains).count();
    return (double) common / (ta.size() + tb.size() - common);
  }

  /** The text rule: Jaccard ≥ {@link #MIN_JACCARD}, or one text is a token run of the other. */
  public static boolean overlaps(String a, String b) {
    String na = normal(a);
    String nb = normal(b);
    if (na.isEmpty() || nb.isEmpty()) return false;
    String pa = " " + na + " ";
    String pb = " " + nb + " ";
    return pa.contains(pb) || pb.contains(pa) || jaccard(a, b) >= MIN_JACCARD;
  }

  /** A version for comparison: stripped, case-folded, without a leading "v" before a digit. */
  public static String version(String v) {
    String s = v.strip().toLowerCase(Locale.ROOT);
    s = s.matches("v\\d.*") ? s.substring(1) : s;
    // X.Y and X.Y.0 are one version (docs/GRAPH.md, "Version").
    return s.matches("\\d+\\.\\d+\\.0") ? s.substring(0, s.length() - 2) : s;
  }

  /** An {@code xsd:duration} such as {@code PT1H2M3S} in seconds, if it is one. */
  public static Optional<Long> seconds(String duration) {
    try {
      return Optional.of(Duration.parse(duration.strip()).getSeconds());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
