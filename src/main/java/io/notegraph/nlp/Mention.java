package io.notegraph.nlp;

import io.notegraph.parse.SourceRange;
import java.util.Objects;

/**
 * One entity mention found in a document, before identity resolution.
 *
 * @param type what kind of entity
 * @param text the surface form exactly as in the source ({@code range.of(text)})
 * @param range where it stands
 * @param confidence 1.0 for dictionary, pattern and structural finds; the model's probability where
 *     a statistical model decided
 * @param finder which finder produced it ("structure", "gazetteer", "maxent", "pattern")
 * @param sectionIndex agenda section it falls in (1-based), or 0
 * @param refersTo the gazetteer id the finder matched when the surface is not one of its labels (a
 *     phonetic find: "Scopio" for project/skopeo), else null
 */
public record Mention(
    EntityType type,
    String text,
    SourceRange range,
    double confidence,
    String finder,
    int sectionIndex,
    String refersTo) {
  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(finder, "finder");
    if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence");
  }

  /** A mention whose surface the link stage resolves by itself. */
  public Mention(
      EntityType type,
      String text,
      SourceRange range,
      double confidence,
      String finder,
      int sectionIndex) {
    this(type, text, range, confidence, finder, sectionIndex, null);
  }

  public boolean statistical() {
    return confidence < 1.0;
  }
}
