package io.notegraph.devtools;

import io.notegraph.query.CatalogEntry;
import io.notegraph.query.QueryCatalog;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load generator (a benchmark, not a test): every catalog query, from {@code clients} concurrent
 * clients for a fixed time, against a SPARQL endpoint; reports throughput, p50/p99 latency and
 * errors. Parameters are left unbound (they then match anything), so each query does its widest
 * work. Only ever point it at a server of your own.
 *
 * <pre>{@code
 * java -cp notegraph.jar io.notegraph.devtools.QueryLoad http://127.0.0.1:3030/notegraph/sparql 30 16
 * }</pre>
 *
 * <p>Thread-safe: each run uses its own threads and collects results after they finish.
 */
public final class QueryLoad {
  private QueryLoad() {}

  /** What a run measured. Immutable. */
  public record Result(
      long queries, long errors, Duration elapsed, long p50Micros, long p99Micros) {
    public double perSecond() {
      return queries / (elapsed.toNanos() / 1e9);
    }

    public String summary() {
      return "%d queries in %.1f s: %.1f queries/s, p50 %.1f ms, p99 %.1f ms, errors %d"
          .formatted(
              queries,
              elapsed.toNanos() / 1e9,
              perSecond(),
              p50Micros / 1000.0,
              p99Micros / 1000.0,
              errors);
    }
  }

  /** Runs {@code queries} round-robin from {@code clients} threads for {@code duration}. */
  public static Result run(
      String endpoint, List<CatalogEntry> queries, int clients, Duration duration) {
    if (queries.isEmpty()) throw new IllegalArgumentException("no queries to run");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    List<URI> uris =
        queries.stream()
            .map(
                q ->
                    URI.create(
                        endpoint
                            + "?query="
                            + URLEncoder.encode(q.sparql(), StandardCharsets.UTF_8)))
            .toList();
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Client>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Client client = new Client(http, uris, c, deadline);
      running.add(pool.submit(() -> client.call()));
    }
    List<Client> done = new ArrayList<>();
    try {
      for (Future<Client> f : running) done.add(f.get());
    } catch (Exception e) {
      throw new IllegalStateException("load client failed", e);
    } finally {
      pool.shutdownNow();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return summarise(done, elapsed);
  }

  private static Result summarise(List<Client> clients, Duration elapsed) {
    long[] all =
        clients.stream().flatMapToLong(c -> Arrays.stream(c.latencies())).sorted().toArray();
    long errors = clients.stream().mapToLong(c -> c.errors).sum();
    return new Result(all.length, errors, elapsed, percentile(all, 0.50), percentile(all, 0.99));
  }

  private static long percentile(long[] sortedNanos, double p) {
    if (sortedNanos.length == 0) return 0;
    int i = (int) Math.ceil(p * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, i)] / 1000;
  }

  /** One client: sends queries back to back until the deadline. Confined to its thread. */
  private static final class Client {
    private final HttpClient http;
    private final List<URI> uris;
    private final int offset;
    private final long deadline;
    private long[] latencies = new long[1024];
    private int count;
    long errors;

    Client(HttpClient http, List<URI> uris, int offset, long deadline) {
      this.http = http;
      this.uris = uris;
      this.offset = offset;
      this.deadline = deadline;
    }

    Client call() throws InterruptedException {
      for (int k = offset; System.nanoTime() < deadline; k++) {
        HttpRequest req =
            HttpRequest.newBuilder(uris.get(k % uris.size()))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        long t0 = System.nanoTime();
        try {
          HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
          if (r.statusCode() != 200) errors++;
        } catch (IOException e) {
          errors++;
        }
        record(System.nanoTime() - t0);
      }
      return this;
    }

    private void record(long nanos) {
      if (count == latencies.length) latencies = Arrays.copyOf(latencies, count * 2);
      latencies[count++] = nanos;
    }

    long[] latencies() {
      return Arrays.copyOf(latencies, count);
    }
  }

  /** {@code QueryLoad ENDPOINT [SECONDS=30] [CLIENTS=16]}: runs the classpath catalog. */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: QueryLoad ENDPOINT [SECONDS=30] [CLIENTS=16]");
      System.exit(2);
    }
    Duration duration = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    List<CatalogEntry> queries = QueryCatalog.onClasspath().entries();
    System.out.printf(
        "%d catalog queries, %d clients, %d s against %s%n",
        queries.size(), clients, duration.toSeconds(), args[0]);
    Result r = run(args[0], queries, clients, duration);
    System.out.println(r.summary());
  }
}
