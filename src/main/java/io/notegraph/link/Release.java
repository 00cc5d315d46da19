package io.notegraph.link;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A version the notes say was released ("v3.2.0 was released", "came out") at a meeting: issued on
 * that meeting's date. Produced by {@link Releases#releases}. Immutable.
 */
public record Release(String versionId, LocalDate issued) {
  public Release {
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(issued, "issued");
  }
}
