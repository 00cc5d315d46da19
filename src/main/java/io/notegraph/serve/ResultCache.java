package io.notegraph.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * SELECT answers of a read-only server, kept in memory. Over a store that cannot change while it is
 * served, the same query text with the same protocol parameters always has the same answer, and
 * the catalog's questions are asked again and again: 16 clients running the catalog spent 0.7
 * CPU-seconds a pass evaluating the same 17 queries. A writable server has no cache (an update
 * would have to clear it), and a restart after {@code notegraph load} starts empty.
 *
 * <p>Least recently used first out, at most {@code maxEntries} answers of at most {@code maxRows}
 * rows each. Thread-safe (one lock; lookups are a hash probe).
 */
final class ResultCache {
  /** One answer: the variables, the rows, and whether it was cut at the result limit. */
  record Answer(List<Var> vars, List<Binding> rows, boolean truncated) {
    Answer {
      vars = List.copyOf(vars);
      rows = List.copyOf(rows);
    }
  }

  private final int maxRows;
  private final Map<String, Answer> answers;

  ResultCache(int maxEntries, int maxRows) {
    this.maxRows = maxRows;
    this.answers =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
            return size() > maxEntries;
          }
        };
  }

  synchronized Answer get(String key) {
    return answers.get(key);
  }

  /** Keeps the answer unless it is too big to be worth the memory. */
  synchronized void put(String key, Answer answer) {
    if (answer.rows().size() <= maxRows) answers.put(key, answer);
  }
}
