package io.notegraph.rdf;

import io.notegraph.link.LinkedNote;
import io.notegraph.link.Slug;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One name per meeting series: titles written "T-Lang Meeting" in some notes and "T-lang Meeting"
 * in others share a series IRI (the slug is lower case), and a series has exactly one schema:name.
 * The spelling most notes use wins; a tie goes to the first note in name order. Stateless.
 */
final class SeriesNames {
  private SeriesNames() {}

  /** Slug → chosen spelling, for notes in emission order. */
  static Map<String, String> of(List<LinkedNote> notes) {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (LinkedNote n : notes) {
      String name = n.annotated().note().series();
      counts
          .computeIfAbsent(Slug.of(name), k -> new LinkedHashMap<>())
          .merge(name, 1, Integer::sum);
    }
    Map<String, String> chosen = new HashMap<>();
    counts.forEach(
        (slug, spellings) -> {
          String best = null;
          int most = 0;
          for (Map.Entry<String, Integer> e : spellings.entrySet()) {
            if (e.getValue() > most) {
              best = e.getKey();
              most = e.getValue();
            }
          }
          chosen.put(slug, best);
        });
    return chosen;
  }
}
