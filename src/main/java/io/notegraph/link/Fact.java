package io.notegraph.link;

import java.util.Objects;

/**
 * One relation a note states, with the rule that found it and how far that rule is trusted: "in
 * 2021-06-01.md, Podman 3.2.0 is a version of Podman (0.95: the project is named in the version's
 * own text)". The rdf stage writes it into the note's graph beside the relation. Immutable.
 *
 * @param document the document that states it ({@link io.notegraph.ingest.SourceDocument#name()})
 * @param subject an entity id, e.g. "project/podman/version/3.2.0" or "person/tom-sweeney"
 * @param relation {@link #VERSION_OF} or {@link #AFFILIATION}
 * @param object an entity id, e.g. "project/podman" or "organization/red-hat"
 * @param confidence 0..1, fixed per rule (see docs/GRAPH.md)
 * @param rule the evidence rule, in words
 * @param line 1-based line of the first statement in the document
 */
public record Fact(
    String document,
    String subject,
    String relation,
    String object,
    double confidence,
    String rule,
    int line) {
  public static final String VERSION_OF = "versionOf";
  public static final String AFFILIATION = "affiliation";

  public Fact {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(rule, "rule");
    if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence");
  }
}
