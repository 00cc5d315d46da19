package io.notegraph.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scores of one gold note.
 *
 * @param sourcePath the {@code ng:sourcePath} of the document graph it was matched to; empty when
 *     the graph has no such document (then every gold row is a false negative)
 * @param seriesIri the IRI of the meeting's series, if any
 * @param affiliationSource where the predicted affiliations came from (see {@link NoteFacts})
 * @param scores only the relations that were scored for this note
 */
public record NoteScore(
    String note,
    Optional<String> sourcePath,
    Optional<String> seriesIri,
    String affiliationSource,
    Map<Relation, Score> scores,
    List<Finding> findings) {

  public NoteScore {
    scores = Collections.unmodifiableMap(new java.util.TreeMap<>(scores));
    findings = List.copyOf(findings);
  }

  public boolean found() {
    return sourcePath.isPresent();
  }
}
