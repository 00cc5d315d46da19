package io.notegraph.link;

import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.parse.SourceRange;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A note whose names are resolved: every {@link io.notegraph.parse.NameRef} and {@link
 * io.notegraph.nlp.Mention} range that resolved maps to an {@link Entity#id()}. Ranges that are
 * absent stayed unresolved (e.g. an ambiguous first name).
 */
public record LinkedNote(AnnotatedNote annotated, Map<SourceRange, String> entityByRange) {
  public LinkedNote {
    Objects.requireNonNull(annotated, "annotated");
    entityByRange = RangeMap.of(entityByRange);
  }

  public Optional<String> entityAt(SourceRange range) {
    return Optional.ofNullable(entityByRange.get(range));
  }
}
