package io.notegraph.link;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the link stage hands to rdf: every note with its names resolved, the entities they resolved
 * to (by id, sorted), why each surface form resolved as it did, and the evidence of each relation a
 * note states ({@link Fact}: version of a project, affiliation).
 */
public record LinkedCorpus(
    List<LinkedNote> notes,
    SortedMap<String, Entity> entities,
    List<Explanation> explanations,
    List<Fact> facts) {
  public LinkedCorpus {
    notes = List.copyOf(notes);
    entities = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(entities));
    explanations = List.copyOf(explanations);
    facts = List.copyOf(facts);
  }

  /** A corpus without evidence records (tests, the exact-name linker). */
  public LinkedCorpus(
      List<LinkedNote> notes, SortedMap<String, Entity> entities, List<Explanation> explanations) {
    this(notes, entities, explanations, List.of());
  }

  public Entity entity(String id) {
    return entities.get(id);
  }

  public static LinkedCorpus of(List<LinkedNote> notes, Map<String, Entity> entities) {
    return new LinkedCorpus(notes, new TreeMap<>(entities), List.of());
  }
}
