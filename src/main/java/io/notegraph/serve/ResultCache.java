package io.notegraph.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * SELECT answers of a read-only server, kept in memory. Over a store that cannot change while it is
 * served, the same query text with the same protocol parameters always has the same answer, and the
 * catalog's questions are asked again and again (evaluating them again was most of a request's
 * cost; figures in docs/BENCHMARKS.md, "Query serving"). A writable server has no cache (an update
 * would have to clear it), and a restart after {@code notegraph load} starts empty.
 *
 * <p>Beside each answer it keeps the responses written from it ({@link KeptResponse}), one per
 * response shape (result type, output parameters, gzip or not), so that a repeated request is
 * answered with bytes written once rather than written again.
 *
 * <p>Least recently used first out: at most {@code maxEntries} answers of at most {@code maxRows}
 * rows each, and responses up to {@code maxResponseBytes} in all (a response larger than a quarter
 * of that is written afresh every time). Thread-safe (one lock; lookups are a hash probe).
 */
final class ResultCache {
  /**
   * One answer: the variables, the rows, whether it was cut at the result limit, and the query's
   * prologue (its prefixes abbreviate IRIs in the text format). Never changed once made.
   */
  record Answer(List<Var> vars, List<Binding> rows, boolean truncated, Prologue prologue) {
    Answer {
      vars = List.copyOf(vars);
      rows = List.copyOf(rows);
    }
  }

  private final int maxRows;
  private final Map<String, Answer> answers;
  private final Map<String, CompletableFuture<Answer>> inFlight = new ConcurrentHashMap<>();
  private final long maxResponseBytes;
  private final Map<String, KeptResponse> responses = new LinkedHashMap<>(16, 0.75f, true);
  private long responseBytes;

  ResultCache(int maxEntries, int maxRows, long maxResponseBytes) {
    this.maxRows = maxRows;
    this.maxResponseBytes = maxResponseBytes;
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

  /**
   * The response kept for {@code shape} (plain or gzipped), or the one {@code render} writes, kept
   * if it fits the budget. Two requests of a new shape at the same moment may both write it; they
   * write the same bytes, so either copy may stay.
   */
  KeptResponse response(
      String shape, boolean gzip, Supplier<KeptResponse> render, UnaryOperator<KeptResponse> zip) {
    String key = gzip ? shape + "\u0000gzip" : shape;
    KeptResponse kept = keptResponse(key);
    if (kept != null) return kept;
    KeptResponse plain = gzip ? keptResponse(shape) : null;
    if (plain == null) {
      plain = Objects.requireNonNull(render.get(), "no response written");
      keep(shape, plain);
    }
    if (!gzip) return plain;
    KeptResponse zipped = zip.apply(plain);
    keep(key, zipped);
    return zipped;
  }

  private synchronized KeptResponse keptResponse(String key) {
    return responses.get(key);
  }

  private synchronized void keep(String key, KeptResponse r) {
    if (r.weight() > maxResponseBytes / 4) return;
    KeptResponse old = responses.put(key, r);
    if (old != null) responseBytes -= old.weight();
    responseBytes += r.weight();
    var eldest = responses.entrySet().iterator();
    while (responseBytes > maxResponseBytes && eldest.hasNext()) {
      responseBytes -= eldest.next().getValue().weight();
      eldest.remove();
    }
  }
}
