package io.notegraph.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * SELECT answers of a read-only server, kept in memory. Over a store that cannot change while it is
 * served, the same query text with the same protocol parameters always has the same answer, and the
 * catalog's questions are asked again and again: 16 clients running the catalog spent 0.7
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
  private final Map<String, CompletableFuture<Answer>> inFlight = new ConcurrentHashMap<>();

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

  /**
   * The kept answer for {@code key}, or the one {@code evaluate} gives, evaluated once however many
   * clients ask at the same moment: 16 clients starting the catalog together otherwise run each
   * query 16 times over, and on a busy machine every copy then hits the timeout and nothing is ever
   * kept. Those who wait get the first one's answer, or its exception (a timeout is a timeout for
   * all of them).
   */
  Answer answer(String key, Supplier<Answer> evaluate) {
    Answer kept = get(key);
    if (kept != null) return kept;
    CompletableFuture<Answer> mine = new CompletableFuture<>();
    CompletableFuture<Answer> first = inFlight.putIfAbsent(key, mine);
    if (first != null) {
      try {
        return first.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        throw e;
      }
    }
    try {
      Answer a = evaluate.get();
      put(key, a);
      mine.complete(a);
      return a;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key, mine);
    }
  }

  /** Keeps the answer unless it is too big to be worth the memory. */
  synchronized void put(String key, Answer answer) {
    if (answer.rows().size() <= maxRows) answers.put(key, answer);
  }
}
