package io.notegraph.link;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one note says of one version: its status ("released", "rc", "planned", "mentioned"), the day
 * it came out when the note says it came out that day, and the note's date ("mentioned on").
 * Produced by {@link Releases#statements}. Immutable.
 *
 * @param document the note ({@link io.notegraph.ingest.SourceDocument#name()})
 * @param versionId e.g. "project/podman/version/3.2.0"
 * @param status the {@code ng:releaseStatus} literal
 * @param issued the release day, or null when the note does not say it came out that day
 * @param mentionedOn the note's meeting date, or null when it has none
 * @param line 1-based line of the statement that set the status
 */
public record ReleaseStatement(
    String document,
    String versionId,
    String status,
    LocalDate issued,
    LocalDate mentionedOn,
    int line) {
  public ReleaseStatement {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(status, "status");
  }
}
