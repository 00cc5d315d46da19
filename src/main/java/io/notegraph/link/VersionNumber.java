package io.notegraph.link;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A revision read as numbers, so versions sort as versions: "4.10" after "4.9", "5.0.0-rc3" before
 * "5.0.0", "v5" = "5.0.0". Missing parts count as 0; a pre-release ("rc", "alpha", "beta", "dev")
 * sorts before its release and by its own number. Immutable.
 *
 * <pre>{@code
 * VersionNumber.parse("v5.0.0-rc3").get().compareTo(VersionNumber.parse("5.0.0").get()) < 0
 * }</pre>
 */
public record VersionNumber(int major, int minor, int patch, String preLabel, int preNumber)
    implements Comparable<VersionNumber> {
  private static final Pattern REVISION =
      Pattern.compile(
          "(?i)v?(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?(?:\\.\\d+)*"
              + "(?:[-.]?(rc|alpha|beta|dev|devel)\\.?(\\d{1,9})?)?");

  /** alpha < beta < dev < rc < (release): a development build comes before its candidates. */
  private static final Comparator<VersionNumber> ORDER =
      Comparator.comparingInt(VersionNumber::major)
          .thenComparingInt(VersionNumber::minor)
          .thenComparingInt(VersionNumber::patch)
          .thenComparingInt(v -> rank(v.preLabel()))
          .thenComparingInt(VersionNumber::preNumber);

  public VersionNumber {
    Objects.requireNonNull(preLabel, "preLabel");
  }

  /** The number of a revision such as "3.2.0-rc3", "v4.4", "5"; empty if it is none. */
  public static Optional<VersionNumber> parse(String revision) {
    Matcher m = REVISION.matcher(revision.strip());
    if (!m.matches()) return Optional.empty();
    String label = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
    if (label.equals("devel")) label = "dev";
    return Optional.of(
        new VersionNumber(
            Integer.parseInt(m.group(1)),
            m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
            label,
            m.group(5) == null ? 0 : Integer.parseInt(m.group(5))));
  }

  /**
   * A string that sorts as the version does ("00005.00000.00000.3.00003" for 5.0.0-rc3, "...4" for
   * the release), for SPARQL ORDER BY on one column.
   */
  public String sortKey() {
    return String.format(
        Locale.ROOT, "%05d.%05d.%05d.%d.%05d", major, minor, patch, rank(preLabel), preNumber);
  }

  private static int rank(String label) {
    return switch (label) {
      case "alpha" -> 0;
      case "beta" -> 1;
      case "dev" -> 2;
      case "rc" -> 3;
      default -> 4;
    };
  }

  @Override
  public int compareTo(VersionNumber o) {
    return ORDER.compare(this, o);
  }
}
