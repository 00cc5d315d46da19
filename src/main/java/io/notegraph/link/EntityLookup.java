package io.notegraph.link;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds entities of a {@link LinkedCorpus} by any name they were known under (id, canonical name,
 * other label, handle, or a surface form that resolved to them in context), case-, accent- and
 * punctuation-insensitively. Also counts how often each surface form of an entity occurs.
 * Stateless; thread-safe.
 */
public final class EntityLookup {
  private EntityLookup() {}

  /** Every entity {@code name} can denote, sorted by id. */
  public static List<Entity> find(LinkedCorpus corpus, String name) {
    String wanted = Names.normalise(name);
    SortedSet<String> ids = new TreeSet<>();
    for (Entity e : corpus.entities().values()) {
      boolean hit =
          e.id().equalsIgnoreCase(name.strip())
              || e.id().endsWith("/version/" + name.strip().replaceFirst("^[vV]", ""))
              || same(e.name(), wanted)
              || e.altLabels().stream().anyMatch(l -> same(l, wanted))
              || e.nicks().stream().anyMatch(n -> same(n, wanted));
      if (hit) ids.add(e.id());
    }
    for (Explanation x : corpus.explanations()) {
      if (same(x.surface(), wanted)) ids.add(x.entityId());
    }
    return ids.stream().map(corpus::entity).filter(e -> e != null).toList();
  }

  /**
   * How many resolved ranges of the corpus stand for each surface form of each entity, in one pass
   * over the notes (the explain index of a whole corpus would otherwise walk every note once per
   * entity).
   */
  public static Map<String, Map<String, Integer>> countsByEntity(LinkedCorpus corpus) {
    Map<String, List<String>> surfaces = new TreeMap<>();
    for (Explanation x : corpus.explanations()) {
      surfaces.computeIfAbsent(x.entityId(), k -> new java.util.ArrayList<>()).add(x.surface());
    }
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (LinkedNote n : corpus.notes()) {
      String text = n.annotated().document().text();
      for (var e : n.entityByRange().entrySet()) {
        if (e.getKey().end() > text.length()) continue;
        String id = e.getValue();
        String surface = surfaceOf(e.getKey().of(text), surfaces.getOrDefault(id, List.of()));
        counts.computeIfAbsent(id, k -> new TreeMap<>()).merge(surface, 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * The explained surface a written range stands for: itself, else itself without a handle in it
   * ("Daniel (rhatdan) Walsh"), else the same name normalised, else the longest surface inside it.
   */
  private static String surfaceOf(String written, List<String> surfaces) {
    if (surfaces.contains(written)) return written;
    String cleaned = PersonName.parse(written, null, null).display();
    if (surfaces.contains(cleaned)) return cleaned;
    String w = Names.normalise(written);
    return surfaces.stream()
        .filter(s -> Names.normalise(s).equals(w))
        .findFirst()
        .or(
            () ->
                surfaces.stream()
                    .filter(s -> (" " + w + " ").contains(" " + Names.normalise(s) + " "))
                    .max(
                        Comparator.comparingInt(String::length)
                            .thenComparing(Comparator.reverseOrder())))
        .orElse(written);
  }

  private static boolean same(String label, String normalisedWanted) {
    return !normalisedWanted.isEmpty() && Names.normalise(label).equals(normalisedWanted);
  }
}
