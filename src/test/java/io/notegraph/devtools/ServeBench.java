package io.notegraph.devtools;

import io.notegraph.pipeline.Components;
import io.notegraph.pipeline.Extraction;
import io.notegraph.pipeline.Pipeline;
import io.notegraph.query.CatalogEntry;
import io.notegraph.query.QueryCatalog;
import io.notegraph.rdf.Iris;
import io.notegraph.serve.MemoryDataset;
import io.notegraph.serve.NotegraphServer;
import io.notegraph.serve.StoreRefresh;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The serving benchmark (a contributors' tool, not in the product jar): extracts the notes through
 * {@code serve}'s own path ({@link StoreRefresh}) into a fresh TDB2 database, serves it read-only
 * as {@code notegraph serve} does, warms it up, then runs every catalog query from {@code clients}
 * clients for {@code seconds} ({@link QueryLoad}) and prints queries/s, p50, p99, errors, the
 * process's peak RSS (server and clients together) and the load average, which says how far the
 * figure can be trusted on a shared machine. Figures and method in docs/BENCHMARKS.md.
 *
 * <pre>{@code
 * mvn -q test-compile && java -cp target/notegraph.jar:target/test-classes \
 *     io.notegraph.devtools.ServeBench ../shared/corpus/podman-community 30 16
 * }</pre>
 */
public final class ServeBench {
  private ServeBench() {}

  /**
   * {@code ServeBench [--in-memory] [NOTES=../shared/corpus/podman-community] [SECONDS=30]
   * [CLIENTS=16]}; {@code --in-memory} serves as {@code serve --in-memory} does.
   */
  public static void main(String[] args) throws IOException {
    List<String> positional = new ArrayList<>(List.of(args));
    boolean inMemory = positional.remove("--in-memory");
    Path notes =
        Path.of(positional.isEmpty() ? "../shared/corpus/podman-community" : positional.get(0));
    Duration duration =
        Duration.ofSeconds(positional.size() > 1 ? Long.parseLong(positional.get(1)) : 30);
    int clients = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 16;
    Path db = Files.createTempDirectory("serve-bench");

    StoreRefresh refresh =
        StoreRefresh.builder()
            .extraction(
                // The pipeline serve builds from its default options: recognition on.
                () ->
                    Extraction.builder()
                        .pipeline(
                            Pipeline.builder()
                                .finder(Components.finder(false))
                                .linker(Components.linker())
                                .build()),
                Iris.DEFAULT_BASE)
            .progress((phase, what) -> System.out.printf("%-8s %s%n", phase, what))
            .build();
    StoreRefresh.Outcome loaded =
        inMemory ? refresh.extractOnly(List.of(notes)) : refresh.run(List.of(notes), db);
    if (loaded.notes().isEmpty()) throw new IllegalArgumentException("no notes in " + notes);
    NotegraphServer.Builder builder = NotegraphServer.builder().port(0);
    if (inMemory) {
      DatasetGraph quads = loaded.extraction().orElseThrow().quads().orElseThrow();
      builder.dataset(MemoryDataset.of(quads)).cacheResults(true);
    } else {
      builder.database(db);
    }
    NotegraphServer server = builder.build().start();
    try {
      String endpoint = server.baseUrl() + NotegraphServer.DATASET + "/sparql";
      List<CatalogEntry> catalog =
          QueryCatalog.onClasspath().entries().stream()
              .filter(e -> !e.name().startsWith("fixture-"))
              .toList();
      System.out.printf(
          "%d catalog queries, %d clients, %d s against %s%n",
          catalog.size(), clients, duration.toSeconds(), endpoint);
      QueryLoad.Result warm = QueryLoad.run(endpoint, catalog, clients, Duration.ofSeconds(5));
      System.out.println("warm-up  " + warm.summary());
      QueryLoad.Result r = QueryLoad.run(endpoint, catalog, clients, duration);
      OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
      System.out.printf(
          Locale.ROOT,
          "measured %s; peak RSS %d MB (server and clients); load average %.1f on %d cores%n",
          r.summary(),
          peakRssMb(),
          os.getSystemLoadAverage(),
          os.getAvailableProcessors());
    } finally {
      server.stop();
      try (var files = Files.walk(db)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** VmHWM from /proc/self/status (Linux); -1 elsewhere. */
  private static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: no figure
    }
    return -1;
  }
}
