package io.notegraph.link;

import io.notegraph.parse.SourceRange;
import java.util.Objects;

/**
 * A feature a release brings: a list item under a "...Features:" label in a section about that
 * version. Produced by {@link Releases#features}. Immutable.
 *
 * @param versionId the version entity, e.g. "project/podman/version/3.2.0"
 * @param projectId its project, e.g. "project/podman"
 * @param text the item's text
 * @param range where the item stands
 * @param document the document it stands in ({@link io.notegraph.ingest.SourceDocument#name()})
 */
public record Feature(
    String versionId, String projectId, String text, SourceRange range, String document) {
  public Feature {
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(range, "range");
  }
}
