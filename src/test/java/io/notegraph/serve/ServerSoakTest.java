package io.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.devtools.QueryLoad;
import io.notegraph.query.CatalogEntry;
import io.notegraph.query.QueryCatalog;
import io.notegraph.store.Fixtures;
import io.notegraph.store.GraphStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server under sustained concurrent load: every catalog query from 12 clients for 10 s (longer
 * with {@code -Dnotegraph.soak.seconds=N}), no failed request, the right answer to a known question
 * asked again and again while the load runs, and the heap after GC no larger at the end than after
 * warm-up (beyond noise). How many queries a second it serves is not asserted: that is a
 * benchmark's figure ({@code devtools/ServeBench}, docs/BENCHMARKS.md), and a floor here only
 * measured how busy the machine was. The other limits are pinned in {@link NotegraphServerTest}: a
 * slow query is cut off ({@code queryRunningPastTheTimeoutIsCutOff}), updates are refused ({@code
 * updatesAreRefusedWhenReadOnly}), oversized requests get 413 ({@code
 * requestBodyOverTheLimitIsRejected}), results are capped ({@code
 * resultsAreCappedAtTheResultLimit}).
 */
class ServerSoakTest {
  private static final int CLIENTS = 12;
  private static final long HEAP_GROWTH_LIMIT = 64L * 1024 * 1024;
  private static final List<String> PERFORMERS =
      List.of("Ada Quill", "Bram Ostrander", "Cleo Marsh");

  @TempDir Path dir;

  @Test
  void catalogUnderConcurrentClientsFailsNothingAndHeapStaysFlat() throws Exception {
    List<CatalogEntry> catalog = QueryCatalog.onClasspath().entries();
    assertThat(catalog).hasSizeGreaterThanOrEqualTo(10);
    Duration soak = Duration.ofSeconds(Long.getLong("notegraph.soak.seconds", 10));

    try (GraphStore store = GraphStore.builder().database(dir.resolve("tdb2")).build()) {
      store.load(Fixtures.sample());
      NotegraphServer server =
          NotegraphServer.builder().dataset(store.datasetGraph()).port(0).build().start();
      try {
        String endpoint = server.baseUrl() + NotegraphServer.DATASET + "/sparql";
        // Warm-up: JIT, Jetty's thread pool and buffers, HTTP connections reach their steady size.
        QueryLoad.Result warm = QueryLoad.run(endpoint, catalog, CLIENTS, Duration.ofSeconds(2));
        assertThat(warm.errors()).isZero();
        long before = usedHeapAfterGc();

        CompletableFuture<QueryLoad.Result> load =
            CompletableFuture.supplyAsync(() -> QueryLoad.run(endpoint, catalog, CLIENTS, soak));
        List<List<String>> answersUnderLoad = new ArrayList<>();
        while (!load.isDone()) answersUnderLoad.add(performers(endpoint));
        QueryLoad.Result r = load.join();

        long after = usedHeapAfterGc();
        System.out.printf(
            "ServerSoakTest: %s; heap after GC %d MB -> %d MB%n",
            r.summary(), before >> 20, after >> 20);
        assertThat(r.errors()).as(r.summary()).isZero();
        assertThat(answersUnderLoad)
            .isNotEmpty()
            .allSatisfy(a -> assertThat(a).isEqualTo(PERFORMERS));
        assertThat(after - before).as("heap growth in bytes").isLessThan(HEAP_GROWTH_LIMIT);
        // Still serving correct answers afterwards.
        assertThat(performers(endpoint)).isEqualTo(PERFORMERS);
      } finally {
        server.stop();
      }
    }
  }

  /** Who performs in the fixture's meetings, asked over HTTP. */
  private static List<String> performers(String endpoint) {
    return Http.select(
        endpoint,
        "SELECT DISTINCT ?name { ?s <https://schema.org/performer> ?p ."
            + " ?p <http://xmlns.com/foaf/0.1/name> ?name } ORDER BY ?name",
        "name");
  }

  /** Heap in use once garbage is collected; a few rounds, as one System.gc() may not finish it. */
  private static long usedHeapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
